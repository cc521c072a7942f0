import request from 'supertest';
import { ADMIN, ADMIN_ENV } from '../support/accounts';
import { PrivateMariaDb } from '../support/private-mariadb';
import { attendee, publishedEditionWithForum, RegistrationFixture } from '../support/registration-fixture';
import { ScheduleBuilder } from '../support/schedule-builder';
import { ServerProcess, startServerProcess } from '../support/server-process';

const onMariaDb = (process.env.TEST_DATABASE_URL ?? '').startsWith('mariadb:') || (process.env.TEST_DATABASE_URL ?? '').startsWith('mysql:');

/** The database goes away under load and comes back: the server says so quickly and recovers by itself. */
(onMariaDb ? describe : describe.skip)('a database outage (private MariaDB)', () => {
  let db: PrivateMariaDb;
  let server: ServerProcess;
  let f: RegistrationFixture;

  beforeAll(async () => {
    db = await PrivateMariaDb.create();
    server = await startServerProcess({ ...ADMIN_ENV, DATABASE_URL: db.url, JOBS_ENABLED: 'false' });
    const login = await request(server.url).post('/api/auth/login').send(ADMIN).expect(200);
    f = await publishedEditionWithForum(new ScheduleBuilder({ http: request(server.url) }, login.body.token));
  });
  afterAll(async () => {
    await server?.stop();
    await db?.destroy();
  });

  it('answers 503 quickly while the database is down, reports it in /api/health, and recovers without a restart', async () => {
    const load = Array.from({ length: 40 }, (_, i) => request(server.url).post(`/api/editions/${f.edition.id}/registrations`).send(attendee(i, { sessionIds: [f.forum] })));
    await db.kill();
    const during = await Promise.all(load);
    for (const res of during) expect([201, 503]).toContain(res.status);

    const started = Date.now();
    const down = await request(server.url).post(`/api/editions/${f.edition.id}/registrations`).send(attendee(100, { sessionIds: [f.forum] }));
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ statusCode: 503 });
    expect(Date.now() - started).toBeLessThan(8_000);
    const read = await request(server.url).get(`/api/editions/${f.edition.slug}`);
    expect(read.status).toBe(503);
    const health = await request(server.url).get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body.database.status).toBe('down');
    await request(server.url).get('/api/health/live').expect(200);

    await db.start();
    let recovered = false;
    for (let i = 0; i < 50 && !recovered; i++) {
      recovered = (await request(server.url).get('/api/health')).status === 200;
      if (!recovered) await new Promise((r) => setTimeout(r, 200));
    }
    expect(recovered).toBe(true);
    await request(server.url).post(`/api/editions/${f.edition.id}/registrations`).send(attendee(200, { sessionIds: [f.forum] })).expect(201);
    // Nothing answered 201 before the outage was lost.
    const accepted = during.filter((r) => r.status === 201);
    for (const res of accepted) await request(server.url).get(`/api/registrations/${res.body.code}?token=${res.body.token}`).expect(200);
  });
});
