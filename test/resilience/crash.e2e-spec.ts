import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/app-config';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { Registration } from '../../src/registrations/entities/registration.entity';
import { SeatPool } from '../../src/seats/entities/seat-pool.entity';
import { SessionSeat } from '../../src/seats/entities/session-seat.entity';
import { ADMIN, ADMIN_ENV } from '../support/accounts';
import { attendee, publishedEditionWithForum, RegistrationFixture } from '../support/registration-fixture';
import { ScheduleBuilder } from '../support/schedule-builder';
import { ServerProcess, startServerProcess } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * kill -9 in the middle of a registration burst: what was answered 201 must be there after a
 * restart, no session may be over capacity, and the waitlist must have no gaps or duplicates.
 */
describe('a crash (kill -9) during a registration burst', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let f: RegistrationFixture;
  const env = () => ({ ...ADMIN_ENV, DATABASE_URL: database.url, JOBS_ENABLED: 'false' });

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startServerProcess(env());
    const login = await request(server.url).post('/api/auth/login').send(ADMIN).expect(200);
    f = await publishedEditionWithForum(new ScheduleBuilder({ http: request(server.url) }, login.body.token));
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await database?.drop();
  });

  it('keeps every accepted registration and the seat invariants', async () => {
    const accepted: { code: string; email: string }[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < 2000) {
        const i = next++;
        try {
          const res = await fetch(`${server.url}/api/editions/${f.edition.id}/registrations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(attendee(i, { sessionIds: i % 3 === 0 ? [f.forum, f.other] : [f.forum] })),
          });
          if (res.status === 201) accepted.push({ code: ((await res.json()) as { code: string }).code, email: `attendee${i}@example.com` });
          if (!killed && accepted.length >= 300) {
            killed = true;
            server.child.kill('SIGKILL');
          }
        } catch {
          // The server is gone: the remaining requests fail to connect, as they would for real users.
        }
      }
    };
    await Promise.all(Array.from({ length: 50 }, worker));
    expect(killed).toBe(true);

    server = await startServerProcess(env());
    const dataSource = new DataSource(buildDataSourceOptions(loadConfig({ DATABASE_URL: database.url }).database));
    await dataSource.initialize();
    try {
      const stored = new Set((await dataSource.getRepository(Registration).find({ select: { code: true } })).map((r) => r.code));
      expect(accepted.filter((a) => !stored.has(a.code))).toEqual([]);
      for (const sessionId of [f.forum, f.other]) {
        const pool = await dataSource.getRepository(SeatPool).findOneByOrFail({ sessionId });
        const confirmed = await dataSource.getRepository(SessionSeat).countBy({ sessionId, status: 'confirmed' });
        expect(confirmed).toBe(pool.taken);
        expect(pool.taken).toBeLessThanOrEqual(pool.capacity!);
        const tickets = (await dataSource.getRepository(SessionSeat).find({ where: { sessionId, status: 'waitlisted' } })).map((s) => s.queueNumber);
        expect(new Set(tickets).size).toBe(tickets.length);
        expect(tickets.every((n) => n !== null && n <= pool.waitlistSeq)).toBe(true);
      }
      // Every registration has all the places it asked for, or none (it was rolled back whole).
      const orphans = await dataSource.query('SELECT r.id FROM registration r LEFT JOIN session_seat s ON s.registration_id = r.id WHERE s.id IS NULL');
      expect(orphans).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
    // And the restarted server goes on selling the seats that are left, no more.
    const after = await request(server.url).post(`/api/editions/${f.edition.id}/registrations`).send(attendee(99_999, { sessionIds: [f.forum] })).expect(201);
    expect(['confirmed', 'waitlisted']).toContain(after.body.sessions[0].status);
  });
});
