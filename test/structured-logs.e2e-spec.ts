import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { ADMIN, ADMIN_ENV } from './support/accounts';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { ServerProcess, startServerProcess } from './support/server-process';
import { createTestDatabase, TestDatabase } from './support/test-database';

interface LogLine {
  level: string;
  time: string;
  msg?: string;
  reqId?: string;
  context?: string;
  req?: { method: string; url: string; route?: string };
  res?: { statusCode: number };
  responseTime?: number;
}

/**
 * The built server's log, as an operator's collector reads it from stdout: one JSON object per
 * line, a line per request carrying the request id the answer names, and no secret or personal
 * datum anywhere in it.
 */
describe('structured JSON logs (dist/src/main.js)', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let f: RegistrationFixture;
  let organizerToken: string;
  const EMAIL = `wang.fang.${randomBytes(3).toString('hex')}@example.cn`;
  const PHONE = '139 1234 5678';
  const PHONE_DIGITS = '13912345678';
  const WRONG_PASSWORD = 'not-the-password-7f3a';
  let registration: { code: string; token: string };

  const lines = (): LogLine[] =>
    server
      .stdout()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as LogLine);
  const requestLines = () => lines().filter((line) => line.msg === 'request completed');
  /** The log is written synchronously, but the line of a request is written after its answer is sent. */
  const settle = () => new Promise((r) => setTimeout(r, 150));

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startServerProcess({
      ...ADMIN_ENV,
      DATABASE_URL: database.url,
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'log',
      MAIL_SPOOL: join(tmpdir(), `huiwu-logs-mail-${process.pid}-${randomBytes(4).toString('hex')}.jsonl`),
      // A first start migrates and seeds: on MariaDB on a busy machine that takes longer than 30 s.
    }, { startWithinMs: 150_000 });
    const login = await request(server.url).post('/api/auth/login').send(ADMIN).expect(200);
    organizerToken = login.body.token;
    f = await publishedEditionWithForum(new ScheduleBuilder({ http: request(server.url) }, organizerToken));
  }, 240_000);
  afterAll(async () => {
    if (server) expect(await server.stop()).toBe(0);
    await database?.drop();
  });

  it('writes only JSON lines on stdout, with level, time and message', async () => {
    await settle();
    const raw = server.stdout().split('\n').filter((line) => line.trim() !== '');
    expect(raw.length).toBeGreaterThan(5);
    for (const line of raw) expect(() => JSON.parse(line)).not.toThrow();
    for (const line of lines()) {
      expect(['trace', 'debug', 'info', 'warn', 'error', 'fatal']).toContain(line.level);
      expect(new Date(line.time).toISOString()).toBe(line.time);
    }
    // Nest's own lines go into the same logger, with their context.
    expect(lines().some((line) => line.context === 'Huiwu' && line.msg?.startsWith('Listening on http://127.0.0.1:'))).toBe(true);
  });

  it('writes one line per request, whose reqId is the X-Request-Id of the answer', async () => {
    const before = requestLines().length;
    const answers = await Promise.all([1, 2, 3].map(() => fetch(`${server.url}/api/editions/${f.edition.id}`)));
    await settle();
    const ids = answers.map((a) => a.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(3);
    const logged = requestLines().slice(before);
    expect(logged).toHaveLength(3);
    expect(logged.map((line) => line.reqId).sort()).toEqual([...ids].sort());
    for (const line of logged) {
      expect(line).toMatchObject({ level: 'info', req: { method: 'GET', url: `/api/editions/${f.edition.id}`, route: '/api/editions/:idOrSlug' }, res: { statusCode: 200 } });
      expect(typeof line.responseTime).toBe('number');
    }
    // No "incoming request" line beside it.
    expect(lines().filter((line) => line.msg === 'incoming request')).toEqual([]);
  });

  it('keeps a sane incoming X-Request-Id and replaces one that is not', async () => {
    const kept = await fetch(`${server.url}/api/editions/${f.edition.id}`, { headers: { 'X-Request-Id': 'lb-7f3a.2026:abc_1' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-7f3a.2026:abc_1');
    const replaced = await fetch(`${server.url}/api/editions/${f.edition.id}`, { headers: { 'X-Request-Id': 'x'.repeat(101) } });
    const replacedId = replaced.headers.get('x-request-id');
    expect(replacedId).toMatch(/^[0-9a-f-]{36}$/);
    const injected = await fetch(`${server.url}/api/editions/${f.edition.id}`, { headers: { 'X-Request-Id': 'a b"}{"level":"fatal' } });
    expect(injected.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await settle();
    const ids = requestLines().map((line) => line.reqId);
    expect(ids).toContain('lb-7f3a.2026:abc_1');
    expect(ids).toContain(replacedId);
    expect(server.stdout()).not.toContain('x'.repeat(101));
  });

  it('logs a registration without its e-mail, phone or token, and masks the token in URLs', async () => {
    const res = await request(server.url)
      .post(`/api/editions/${f.edition.id}/registrations`)
      .send(attendee(1, { email: EMAIL, phone: PHONE, sessionIds: [f.forum] }))
      .expect(201);
    registration = { code: res.body.code, token: res.body.token };
    expect(registration.token.length).toBeGreaterThan(10);
    const reqId = res.headers['x-request-id'];
    await request(server.url).get(`/api/registrations/${registration.code}?token=${registration.token}`).expect(200);
    await request(server.url).get(`/r/${registration.code}?token=${encodeURIComponent(registration.token)}&lang=zh`);
    await request(server.url).get(`/api/registrations/${registration.code}/calendar.ics?token=${registration.token}`);
    await request(server.url).get(`/t/${registration.code}?token=${registration.token}`);
    // Personal data in a query string (an organizer's search) is masked too.
    await request(server.url).get(`/api/editions/${f.edition.id}/registrations?q=${encodeURIComponent(EMAIL)}`).set('Authorization', `Bearer ${organizerToken}`).expect(200);
    await request(server.url).get(`/api/editions/${f.edition.id}/registrations?q=${PHONE_DIGITS}`).set('Authorization', `Bearer ${organizerToken}`).expect(200);
    await settle();
    const posted = requestLines().find((line) => line.reqId === reqId);
    expect(posted).toMatchObject({ req: { method: 'POST', url: `/api/editions/${f.edition.id}/registrations` }, res: { statusCode: 201 } });
    const urls = requestLines().map((line) => line.req!.url);
    expect(urls).toContain(`/api/registrations/${registration.code}?token=***`);
    expect(urls).toContain(`/r/${registration.code}?token=***&lang=zh`);
    expect(urls).toContain(`/api/registrations/${registration.code}/calendar.ics?token=***`);
    expect(urls).toContain('/t/***?token=***');
    expect(urls).toContain(`/api/editions/${f.edition.id}/registrations?q=***`);
    const out = server.stdout();
    for (const secret of [EMAIL, encodeURIComponent(EMAIL), PHONE, PHONE_DIGITS, registration.token, encodeURIComponent(registration.token)]) expect(out).not.toContain(secret);
    expect(out).not.toMatch(/wang\.fang/);
  });

  it('logs sign-ins without the password or the token, and never an Authorization header or cookie', async () => {
    const good = await request(server.url).post('/api/auth/login').send(ADMIN).expect(200);
    const bad = await request(server.url).post('/api/auth/login').send({ email: ADMIN.email, password: WRONG_PASSWORD });
    expect(bad.status).toBe(401);
    await request(server.url).get('/api/auth/me').set('Authorization', `Bearer ${good.body.token}`).set('Cookie', 'huiwu_session=cookie-secret-abc');
    // A web sign-in form, as the browser posts it.
    await request(server.url).post('/admin/sign-in').type('form').send({ email: ADMIN.email, password: WRONG_PASSWORD });
    await settle();
    const out = server.stdout();
    for (const secret of [ADMIN.password, WRONG_PASSWORD, good.body.token, organizerToken, 'cookie-secret-abc', ADMIN.email]) expect(out).not.toContain(secret);
    expect(requestLines().filter((line) => line.req?.url === '/api/auth/login').map((line) => line.res?.statusCode)).toEqual(expect.arrayContaining([200, 401]));
  });

  it('the source writes no console output outside the command-line tools', () => {
    const src = join(__dirname, '..', 'src');
    const found = spawnSync('grep', ['-rlE', '\\bconsole\\.(log|info|warn|error|debug|trace)\\(', src, '--include=*.ts'], { encoding: 'utf8' });
    const files = found.stdout.split('\n').filter(Boolean).map((file) => file.slice(src.length + 1));
    expect(files.filter((file) => !file.startsWith('database/cli/') && !file.endsWith('.spec.ts'))).toEqual([]);
    // The check can fail: the CLI tools do print.
    expect(files).toContain('database/cli/migrate.ts');
  });
});
