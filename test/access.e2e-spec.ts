import { ADMIN, ADMIN_ENV, partnerToken, signIn } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A concrete URL for a route pattern: ids become 1, slugs a real-looking slug. */
function concrete(url: string): string {
  return url
    .replace(/:idOrSlug/g, 'integrity-2019')
    .replace(/:slug/g, 'integrity')
    .replace(/:name/g, encodeURIComponent('某别名'))
    .replace(/:\w+/g, '1');
}

describe('access to write routes', () => {
  let t: TestApp;
  let organizer: string;
  let partner: string;
  let writeRoutes: { method: string; url: string }[];
  let organizerWrites: { method: string; url: string }[];
  let partnerWrites: { method: string; url: string }[];

  beforeAll(async () => {
    t = await startTestApp({ env: { ...ADMIN_ENV, LOGIN_MAX_FAILURES: '3', LOGIN_WINDOW_SECONDS: '2' } });
    organizer = await signIn(t, ADMIN.email, ADMIN.password);
    const [cfis] = (await t.http.get(`/api/organizations?q=${encodeURIComponent('中网联')}`)).body;
    partner = await partnerToken(t, organizer, cfis.id);
    // Writes open to anybody (sign-in; an attendee's own registration, behind its token; resending one's link) are not organizers' routes.
    const openWrites = new Set([
      'POST /api/auth/login',
      'POST /api/auth/password-reset',
      'POST /api/auth/password-reset/complete',
      // Following a mailed partner invitation: the token in the body is the credential.
      'POST /api/partner-invitations/accept',
      // An SMS provider's delivery reports: the report token in the query is the credential (404 without it, as if absent).
      'POST /api/sms/reports/:provider',
      // A guest's reply (回执): the personal code in the path and the token in the body are the credential.
      'PUT /api/guest-replies/:code',
      'PUT /api/guest-travel/:code/:direction',
      'POST /api/editions/:id/registrations',
      'PATCH /api/registrations/:code',
      'DELETE /api/registrations/:code',
      'DELETE /api/registrations/:code/sessions/:sessionId',
      'POST /api/editions/:idOrSlug/resend-link',
    ]);
    // Any signed-in account's writes to itself (its password, its sign-ins): neither kind's alone,
    // and signing out everywhere would end the tokens this suite goes on using.
    const ownAccountWrites = new Set(['POST /api/auth/password', 'POST /api/auth/sign-out-everywhere']);
    writeRoutes = t.routes.filter((r) => r.url.startsWith('/api/') && WRITE_METHODS.has(r.method) && !openWrites.has(`${r.method} ${r.url}`));
    organizerWrites = writeRoutes.filter((r) => !r.url.startsWith('/api/partner/') && !ownAccountWrites.has(`${r.method} ${r.url}`));
    partnerWrites = writeRoutes.filter((r) => r.url.startsWith('/api/partner/'));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds the write routes in the route table', () => {
    // Brands, editions, roles, organizations, aliases, merge, rooms, sessions, speakers, releases, clone, accounts.
    expect(writeRoutes.length).toBeGreaterThanOrEqual(25);
  });

  it('answers 401 to every write route without a token, and with a forged or malformed one', async () => {
    const forged = organizer.slice(0, -4) + (organizer.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    for (const route of writeRoutes) {
      const url = concrete(route.url);
      for (const auth of [undefined, 'Bearer ' + forged, 'Bearer not-a-token', 'Basic b3JnYW5pemVy']) {
        const req = t.http[route.method.toLowerCase() as 'post'](url).send({});
        if (auth) void req.set('Authorization', auth);
        const res = await req;
        expect({ route: `${route.method} ${route.url}`, auth, status: res.status }).toEqual({ route: `${route.method} ${route.url}`, auth, status: 401 });
        expect(res.body.statusCode).toBe(401);
      }
    }
  });

  it('answers 403 to every organizer write route with a partner token, and to every partner write route with an organizer token', async () => {
    expect(partnerWrites.length).toBeGreaterThan(0);
    for (const route of partnerWrites) {
      const res = await t.http[route.method.toLowerCase() as 'post'](concrete(route.url)).set('Authorization', `Bearer ${organizer}`).send({});
      expect({ route: `${route.method} ${route.url}`, status: res.status }).toEqual({ route: `${route.method} ${route.url}`, status: 403 });
    }
    for (const route of organizerWrites) {
      const res = await t.http[route.method.toLowerCase() as 'post'](concrete(route.url)).set('Authorization', `Bearer ${partner}`).send({});
      expect({ route: `${route.method} ${route.url}`, status: res.status }).toEqual({ route: `${route.method} ${route.url}`, status: 403 });
    }
  });

  it('lets the organizer through the guard on every organizer write route (whatever the body then gets)', async () => {
    for (const route of organizerWrites) {
      const res = await t.http[route.method.toLowerCase() as 'post'](concrete(route.url)).set('Authorization', `Bearer ${organizer}`).send({});
      const outcome = { route: `${route.method} ${route.url}`, refused: [401, 403].includes(res.status), failed: res.status >= 500 };
      expect(outcome).toEqual({ route: outcome.route, refused: false, failed: false });
    }
  });

  it('keeps organizer-only reads from anonymous callers and partners', async () => {
    for (const url of ['/api/audit', '/api/accounts', '/api/speakers', '/api/editions/1/sessions', '/api/editions/1/releases', '/api/editions/1/conflicts', '/api/editions/1/rooms']) {
      expect((await t.http.get(url)).status).toBe(401);
      expect((await t.http.get(url).set('Authorization', `Bearer ${partner}`)).status).toBe(403);
      expect((await t.http.get(url).set('Authorization', `Bearer ${organizer}`)).status).toBe(200);
    }
  });

  it('signs in case-insensitively and tells who is signed in', async () => {
    const token = await signIn(t, ADMIN.email.toUpperCase(), ADMIN.password);
    const me = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toMatchObject({ email: ADMIN.email, kind: 'organizer' });
    expect(me.body).not.toHaveProperty('passwordHash');
  });

  it('creates partner accounts bound to an organization, and refuses bad ones naming the field', async () => {
    const missingOrg = await t.http.post('/api/accounts').set('Authorization', `Bearer ${organizer}`).send({ email: 'p@huiwu.test', password: 'long enough pw', kind: 'partner' }).expect(400);
    expect(missingOrg.body.errors).toHaveProperty('organizationId');
    const unknownOrg = await t.http.post('/api/accounts').set('Authorization', `Bearer ${organizer}`).send({ email: 'p@huiwu.test', password: 'long enough pw', kind: 'partner', organizationId: 99999 }).expect(404);
    expect(unknownOrg.body.errors).toHaveProperty('organizationId');
    const shortPassword = await t.http.post('/api/accounts').set('Authorization', `Bearer ${organizer}`).send({ email: 'p@huiwu.test', password: 'short', kind: 'organizer' }).expect(400);
    expect(shortPassword.body.errors).toHaveProperty('password');
    const duplicate = await t.http.post('/api/accounts').set('Authorization', `Bearer ${organizer}`).send({ email: ADMIN.email, password: 'long enough pw', kind: 'organizer' }).expect(409);
    expect(duplicate.body.errors).toHaveProperty('email');
  });

  it('rate-limits wrong passwords per account with 429, and the right password works after the window', async () => {
    const email = 'limited@huiwu.test';
    await t.http.post('/api/accounts').set('Authorization', `Bearer ${organizer}`).send({ email, password: 'the right password', kind: 'organizer' }).expect(201);
    for (let i = 0; i < 3; i++) {
      const res = await t.http.post('/api/auth/login').send({ email, password: `wrong ${i}` });
      expect(res.status).toBe(401);
      expect(res.body.message).toBe('Wrong email or password');
    }
    const locked = await t.http.post('/api/auth/login').send({ email, password: 'the right password' });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Another account from the same address is not locked by this one's failures.
    await t.http.post('/api/auth/login').send({ email: ADMIN.email, password: ADMIN.password }).expect(200);
    await new Promise((r) => setTimeout(r, 2100));
    const after = await t.http.post('/api/auth/login').send({ email, password: 'the right password' });
    expect(after.status).toBe(200);
    expect(after.body.token).toEqual(expect.any(String));
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const res = await t.http.post('/api/auth/login').send({ email: 'nobody@huiwu.test', password: 'whatever' }).expect(401);
    expect(res.body.message).toBe('Wrong email or password');
    const bad = await t.http.post('/api/auth/login').send({ email: 'not-an-email', password: 'x' }).expect(400);
    expect(bad.body.errors).toHaveProperty('email');
  });
});
