import { request as httpRequest } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/app-config';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { Registration } from '../../src/registrations/entities/registration.entity';
import { ADMIN, ADMIN_ENV } from '../support/accounts';
import { attendee, publishedEditionWithForum, RegistrationFixture } from '../support/registration-fixture';
import { ScheduleBuilder } from '../support/schedule-builder';
import { ServerProcess, startServerProcess } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * SIGTERM in the middle of a burst: every request the server took in is answered (and what it
 * answered is stored), a connection it never got to is refused without anything half-done,
 * and the process exits 0.
 */
describe('a graceful stop (SIGTERM)', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let f: RegistrationFixture;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startServerProcess({ ...ADMIN_ENV, DATABASE_URL: database.url, JOBS_ENABLED: 'false' });
    const login = await request(server.url).post('/api/auth/login').send(ADMIN).expect(200);
    f = await publishedEditionWithForum(new ScheduleBuilder({ http: request(server.url) }, login.body.token));
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await database?.drop();
  });

  it('answers the requests in flight, leaves nothing half-done, and exits 0', async () => {
    // One connection per request, so each outcome belongs to one request.
    const post = (i: number) =>
      new Promise<number | 'not accepted'>((resolve) => {
        const body = JSON.stringify(attendee(i, { sessionIds: [f.forum] }));
        const req = httpRequest(
          `${server.url}/api/editions/${f.edition.id}/registrations`,
          { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
            res.on('error', () => resolve('not accepted'));
          },
        );
        // A connection the listener never accepted is reset or refused: the request was never taken in.
        req.on('error', () => resolve('not accepted'));
        req.end(body);
      });
    const outcomes = Array.from({ length: 60 }, (_, i) => post(i));
    await Promise.race(outcomes);
    const exited = server.stop('SIGTERM');
    const statuses = await Promise.all(outcomes);
    expect(await exited).toBe(0);

    // Whatever was taken in was answered in full: 201s; a request that arrived once the listener
    // was closing is refused with 503 (Fastify's answer then) or never accepted at all.
    expect(statuses.filter((s) => s !== 201 && s !== 503 && s !== 'not accepted')).toEqual([]);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    const dataSource = new DataSource(buildDataSourceOptions(loadConfig({ DATABASE_URL: database.url }).database));
    await dataSource.initialize();
    try {
      const stored = new Set((await dataSource.getRepository(Registration).find()).map((r) => r.email));
      statuses.forEach((status, i) => {
        expect({ i, status, stored: stored.has(`attendee${i}@example.com`) }).toEqual({ i, status, stored: status === 201 });
      });
    } finally {
      await dataSource.destroy();
    }
  });
});
