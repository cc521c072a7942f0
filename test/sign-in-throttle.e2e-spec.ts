import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { startSecondApp, SecondApp } from './support/second-app';
import { startTestApp, TestApp } from './support/test-app';
import request from 'supertest';

/**
 * The attacks a security review found on sign-in: parallel guesses that were all checked before
 * the first failure counted, a throttle that each server kept to itself, and a stranger locking
 * any account (the first organizer's included) with five wrong passwords.
 */
describe('sign-in throttle, shared through the database', () => {
  const env = { ...ADMIN_ENV, LOGIN_MAX_FAILURES: '3', LOGIN_WINDOW_SECONDS: '60', TRUST_PROXY: 'true' };
  let t: TestApp;
  let second: SecondApp;
  let organizer: string;

  const login = (http: ReturnType<typeof request>, email: string, password: string, from: string) =>
    http.post('/api/auth/login').set('X-Forwarded-For', from).send({ email, password });

  async function newAccount(email: string): Promise<void> {
    await t.http.post('/api/accounts').set('Authorization', `Bearer ${organizer}`).send({ email, password: 'the right password', kind: 'organizer' }).expect(201);
  }

  beforeAll(async () => {
    t = await startTestApp({ env });
    second = await startSecondApp(t.database.url, env);
    organizer = await signIn(t, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  it('verifies one of 30 parallel guesses at a time: at most the allowed failures are checked, the rest wait with 429', async () => {
    await newAccount('parallel@huiwu.test');
    const guesses = Array.from({ length: 30 }, (_, i) => login(t.http, 'parallel@huiwu.test', i === 29 ? 'the right password' : `guess ${i}`, '203.0.113.7'));
    const statuses = (await Promise.all(guesses)).map((res) => res.status);
    const checked = statuses.filter((s) => s === 401 || s === 200).length;
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(30 - 3);
    expect(checked).toBeLessThanOrEqual(3);
    expect(statuses.every((s) => [200, 401, 429].includes(s))).toBe(true);
  });

  it('counts the guesses made on one server against the other server too', async () => {
    await newAccount('two-servers@huiwu.test');
    const other = request(second.app.getHttpServer());
    for (let i = 0; i < 3; i++) {
      const http = i % 2 === 0 ? t.http : other;
      expect((await login(http, 'two-servers@huiwu.test', `wrong ${i}`, '198.51.100.4')).status).toBe(401);
    }
    const onFirst = await login(t.http, 'two-servers@huiwu.test', 'the right password', '198.51.100.4');
    const onSecond = await login(other, 'two-servers@huiwu.test', 'the right password', '198.51.100.4');
    expect([onFirst.status, onSecond.status]).toEqual([429, 429]);
    expect(Number(onSecond.headers['retry-after'])).toBeGreaterThan(30);
  });

  it('lets the owner in from a known address, and from a new one, while a stranger is delayed', async () => {
    await newAccount('owner@huiwu.test');
    await login(t.http, 'owner@huiwu.test', 'the right password', '192.0.2.10').expect(200);
    for (let i = 0; i < 5; i++) await login(t.http, 'owner@huiwu.test', `stranger ${i}`, '203.0.113.99');
    expect((await login(t.http, 'owner@huiwu.test', 'the right password', '203.0.113.99')).status).toBe(429);
    await login(t.http, 'owner@huiwu.test', 'the right password', '192.0.2.10').expect(200);
    // Five failures from elsewhere are not enough to delay the account on an address it has never used.
    await login(t.http, 'owner@huiwu.test', 'the right password', '192.0.2.77').expect(200);
  });

  it('delays the account on unknown addresses once guesses spread over many addresses add up, never on a known one', async () => {
    await newAccount('spread@huiwu.test');
    await login(t.http, 'spread@huiwu.test', 'the right password', '192.0.2.20').expect(200);
    // Two guesses from each of six addresses: no pair reaches its limit, the account does (4 × 3).
    for (let i = 0; i < 12; i++) await login(t.http, 'spread@huiwu.test', `spread ${i}`, `203.0.113.${100 + Math.floor(i / 2)}`).expect(401);
    expect((await login(t.http, 'spread@huiwu.test', 'the right password', '192.0.2.21')).status).toBe(429);
    await login(t.http, 'spread@huiwu.test', 'the right password', '192.0.2.20').expect(200);
  });

  it('grows the delay with each failure after it starts', async () => {
    await newAccount('growing@huiwu.test');
    const from = '198.51.100.50';
    for (let i = 0; i < 3; i++) await login(t.http, 'growing@huiwu.test', `wrong ${i}`, from).expect(401);
    const first = Number((await login(t.http, 'growing@huiwu.test', 'x', from).expect(429)).headers['retry-after']);
    // The delay has to pass before another failure can be counted: move it into the past by hand.
    await t.dataSource.query('UPDATE sign_in_throttle SET blocked_until = NULL');
    await login(t.http, 'growing@huiwu.test', 'wrong again', from).expect(401);
    const second = Number((await login(t.http, 'growing@huiwu.test', 'x', from).expect(429)).headers['retry-after']);
    expect(first).toBeGreaterThan(50);
    expect(second).toBeGreaterThan(first + 30);
  });
});
