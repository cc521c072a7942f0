import request from 'supertest';
import { ADMIN, ADMIN_ENV } from './support/accounts';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { ServerProcess, startServerProcess } from './support/server-process';
import { createTestDatabase, TestDatabase } from './support/test-database';

/**
 * Two server processes on one database, as production runs several behind a proxy: seats are
 * counted in the database, not in a process, so neither can sell a seat the other sold.
 */
describe('a registration burst across two server processes', () => {
  let database: TestDatabase;
  let servers: ServerProcess[] = [];
  let f: RegistrationFixture;
  const people: { code: string; token: string; server: string }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = { ...ADMIN_ENV, DATABASE_URL: database.url, JOBS_ENABLED: 'false' };
    // One starts first so the two do not both create the first organizer; the second finds the schema ready.
    servers = [await startServerProcess(env)];
    servers.push(await startServerProcess(env));
    const login = await request(servers[0].url).post('/api/auth/login').send(ADMIN).expect(200);
    f = await publishedEditionWithForum(new ScheduleBuilder({ http: request(servers[0].url) }, login.body.token));
  });
  afterAll(async () => {
    for (const server of servers) expect(await server.stop()).toBe(0);
    await database?.drop();
  });

  it('confirms exactly 50 of 400 and waitlists 350 at positions 1..350', async () => {
    const answers = await Promise.all(
      Array.from({ length: 400 }, async (_, i) => {
        const server = servers[i % 2].url;
        const res = await fetch(`${server}/api/editions/${f.edition.id}/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(attendee(i, { sessionIds: [f.forum] })),
        });
        return { status: res.status, body: (await res.json()) as { code: string; token: string; sessions: { status: string; waitlistPosition: number | null }[] }, server };
      }),
    );
    expect(answers.filter((a) => a.status !== 201).map((a) => `${a.status} ${JSON.stringify(a.body)}`)).toEqual([]);
    for (const a of answers) people.push({ code: a.body.code, token: a.body.token, server: a.server });
    // Read back through the API after the burst: positions as they stand, not as each answer saw them.
    const now = await Promise.all(people.map((p) => request(p.server).get(`/api/registrations/${p.code}?token=${p.token}`)));
    const seats = now.map((r) => r.body.sessions[0]);
    expect(seats.filter((s) => s.status === 'confirmed')).toHaveLength(50);
    expect(seats.filter((s) => s.status === 'waitlisted').map((s) => s.waitlistPosition).sort((a, b) => a - b)).toEqual(Array.from({ length: 350 }, (_, i) => i + 1));
  });

  it('promotes exactly positions 1..10 when 10 seats are cancelled on both servers', async () => {
    const before = await Promise.all(people.map((p) => request(p.server).get(`/api/registrations/${p.code}?token=${p.token}`)));
    const seatOf = (i: number) => before[i].body.sessions[0];
    const leaving = people.filter((_, i) => seatOf(i).status === 'confirmed').slice(0, 10);
    const next = people.filter((_, i) => seatOf(i).status === 'waitlisted' && seatOf(i).waitlistPosition <= 10).map((p) => p.code).sort();
    const answers = await Promise.all(leaving.map((p, i) => request(servers[i % 2].url).delete(`/api/registrations/${p.code}/sessions/${f.forum}?token=${p.token}`)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    const after = await Promise.all(people.map((p) => request(p.server).get(`/api/registrations/${p.code}?token=${p.token}`)));
    const promoted = people.filter((_, i) => seatOf(i).status === 'waitlisted' && after[i].body.sessions[0].status === 'confirmed').map((p) => p.code).sort();
    expect(promoted).toEqual(next);
    expect(after.filter((a) => a.body.sessions[0].status === 'confirmed')).toHaveLength(50);
    const positions = after.map((a) => a.body.sessions[0]).filter((s) => s.status === 'waitlisted').map((s) => s.waitlistPosition).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 340 }, (_, i) => i + 1));
  });
});
