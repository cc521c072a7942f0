import { createHmac } from 'node:crypto';
import { ADMIN, ADMIN_ENV, partnerToken, signIn } from './support/accounts';
import { attendee, publishedEditionWithForum } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

const AUTH_SECRET = 'a test master secret of at least thirty-two characters';

/**
 * Revocation and keys: an organizer can disable an account (its tokens die at once) and enable it
 * again; and no secret Huiwu hands out is made with the master secret itself, nor usable for
 * another purpose than its own.
 */
describe('disabling accounts, and a key per purpose', () => {
  let t: TestApp;
  let organizer: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp({ env: { ...ADMIN_ENV, AUTH_SECRET } });
    organizer = await signIn(t, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a disabled account’s tokens at once, and its sign-in; enabled again, it signs in anew', async () => {
    const [cfis] = (await t.http.get(`/api/organizations?q=${encodeURIComponent('中网联')}`)).body;
    const partner = await partnerToken(t, organizer, cfis.id, 'disable-me@partner.test');
    await t.http.get('/api/partner/organization').set(as(partner)).expect(200);
    const accounts = (await t.http.get('/api/accounts').set(as(organizer)).expect(200)).body;
    const id = accounts.find((a: { email: string }) => a.email === 'disable-me@partner.test').id;

    const disabled = (await t.http.post(`/api/accounts/${id}/disable`).set(as(organizer)).expect(200)).body;
    expect(disabled.disabledAt).toEqual(expect.any(String));
    await t.http.get('/api/partner/organization').set(as(partner)).expect(401);
    await t.http.post('/api/auth/login').send({ email: 'disable-me@partner.test', password: 'partner-password' }).expect(401);

    const enabled = (await t.http.post(`/api/accounts/${id}/enable`).set(as(organizer)).expect(200)).body;
    expect(enabled.disabledAt).toBeNull();
    await t.http.get('/api/partner/organization').set(as(partner)).expect(401);
    const again = (await t.http.post('/api/auth/login').send({ email: 'disable-me@partner.test', password: 'partner-password' }).expect(200)).body.token;
    await t.http.get('/api/partner/organization').set(as(again)).expect(200);

    const audit = JSON.stringify((await t.http.get('/api/audit?entityType=account&limit=100').set(as(organizer)).expect(200)).body);
    expect(audit).toContain('"disable"');
    expect(audit).toContain('"enable"');
    await t.http.post(`/api/accounts/${id}/disable`).set(as(partner)).expect(401);
  });

  it('never leaves Huiwu without an organizer: nobody disables themselves, and two organizers cannot disable each other', async () => {
    const me = (await t.http.get('/api/auth/me').set(as(organizer)).expect(200)).body;
    const self = await t.http.post(`/api/accounts/${me.id}/disable`).set(as(organizer)).expect(409);
    expect(self.body.errors).toHaveProperty('id');

    const second = (await t.http.post('/api/accounts').set(as(organizer)).send({ email: 'second-organizer@huiwu.test', password: 'second organizer pw', kind: 'organizer' }).expect(201)).body;
    // Disabling an organizer takes an owner of everything: the second organizer is made one.
    await t.http.put('/api/team/grants').set(as(organizer)).send({ accountId: second.id, role: 'owner' }).expect(200);
    const secondToken = await signIn(t, 'second-organizer@huiwu.test', 'second organizer pw');
    const [a, b] = await Promise.all([
      t.http.post(`/api/accounts/${second.id}/disable`).set(as(organizer)),
      t.http.post(`/api/accounts/${me.id}/disable`).set(as(secondToken)),
    ]);
    // One wins; the other is refused by the last-organizer rule (409), or, if it came second, as a disabled account (401).
    expect([a.status, b.status].filter((s) => s === 200)).toHaveLength(1);
    expect([a.status, b.status].every((s) => [200, 401, 409].includes(s))).toBe(true);
    const enabledOrganizers = (await t.http.get('/api/accounts').set(as(a.status === 200 ? organizer : secondToken)).expect(200)).body.filter((x: { kind: string; disabledAt: string | null }) => x.kind === 'organizer' && x.disabledAt === null);
    expect(enabledOrganizers).toHaveLength(1);
    if (b.status === 200) organizer = secondToken;
  });

  it('signs nothing with the master secret itself: a sign-in token or an attendee link made with it is refused', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
    const me = (await t.http.get('/api/auth/me').set(as(organizer)).expect(200)).body;
    const now = Math.floor(Date.now() / 1000);
    const payload = Buffer.from(JSON.stringify({ sub: me.id, iat: now, exp: now + 600, ver: 0 })).toString('base64url');
    const forged = `${header}.${payload}.${createHmac('sha256', AUTH_SECRET).update(`${header}.${payload}`).digest('base64url')}`;
    await t.http.get('/api/auth/me').set(as(forged)).expect(401);

    const f = await publishedEditionWithForum(new ScheduleBuilder(t, organizer), 'integrity', 2031);
    const registration = (await t.http.post(`/api/editions/${f.edition.slug}/registrations`).send(attendee(1, { sessionIds: [f.forum] })).expect(201)).body;
    const link = new URL(registration.manageUrl ?? registration.links?.manage ?? `http://x/?token=${registration.token}`);
    const token = link.searchParams.get('token')!;
    await t.http.get(`/api/registrations/${registration.code}`).query({ token }).expect(200);
    const rows: { id: number }[] = await t.dataSource.query('SELECT id FROM registration WHERE code = ?', [registration.code]);
    const legacy = createHmac('sha256', AUTH_SECRET).update(`registration\n${rows[0].id}:${registration.code}`).digest('base64url').slice(0, 32);
    expect(legacy).not.toBe(token);
    expect((await t.http.get(`/api/registrations/${registration.code}`).query({ token: legacy })).status).toBe(404);
  });
});
