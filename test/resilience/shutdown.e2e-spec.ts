import { request as httpRequest } from 'node:http';
import request from 'supertest';
import { ADMIN, ADMIN_ENV } from '../support/accounts';
import { attendee, publishedEditionWithForum, RegistrationFixture } from '../support/registration-fixture';
import { ScheduleBuilder } from '../support/schedule-builder';
import { ServerProcess, startServerProcess } from '../support/server-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/** SIGTERM: requests already in flight are answered, then the process exits 0. */
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

  it('finishes in-flight requests and exits 0', async () => {
    // One connection per request (no keep-alive pool): each request is wholly sent and in flight
    // before the stop, so the server owes every one of them an answer.
    const flushed: Promise<void>[] = [];
    const post = (i: number) =>
      new Promise<number>((resolve, reject) => {
        const body = JSON.stringify(attendee(i, { sessionIds: [f.forum] }));
        const req = httpRequest(
          `${server.url}/api/editions/${f.edition.id}/registrations`,
          { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        flushed.push(new Promise((sent) => req.on('finish', () => sent())));
        req.end(body);
      });
    const inFlight = Array.from({ length: 60 }, (_, i) => post(i));
    // Every request has left the client before the stop: the server owes each an answer.
    await Promise.all(flushed);
    const exited = server.stop('SIGTERM');
    const statuses = await Promise.all(inFlight);
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    expect(await exited).toBe(0);
  });
});
