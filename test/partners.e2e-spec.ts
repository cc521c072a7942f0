import { tmpdir } from 'node:os';
import { ADMIN, ADMIN_ENV, partnerToken, signIn } from './support/accounts';
import { parseCalendar } from './support/ical';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000100' + 'e221bc330000000049454e44ae426082', 'hex');

describe('the partner portal', () => {
  let t: TestApp;
  let organizer: string;
  let api: ScheduleBuilder;
  let shaanxi: { id: number };
  let cfis: { id: number };
  let partnerA: string; // 陕西省网信办
  let otherBody: { id: number }; // B: private contact, hosts a sub-forum with attendees
  let partnerB: string;
  let f: RegistrationFixture;
  let aSession: number;
  let bSession: number;
  const SECRET_CONTACT = { contactName: '保密联系人', contactEmail: 'private-contact@b.example', contactPhone: '+8613900000000' };

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp({ env: { ...ADMIN_ENV, UPLOAD_DIR: `${tmpdir()}/huiwu-uploads-${process.pid}-${Date.now()}` } });
    organizer = await signIn(t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(t, organizer);
    [shaanxi] = await api.get(`/api/organizations?q=${encodeURIComponent('陕西省网信办')}`);
    [cfis] = await api.get(`/api/organizations?q=${encodeURIComponent('中网联')}`);
    partnerA = await partnerToken(t, organizer, shaanxi.id, 'shaanxi@partner.test');
    otherBody = await api.organization('某互联网企业', { kind: 'enterprise' });
    partnerB = await partnerToken(t, organizer, otherBody.id, 'b@partner.test');
    await t.http.patch('/api/partner/organization').set(as(partnerB)).send({ ...SECRET_CONTACT, shareContact: false }).expect(200);

    f = await publishedEditionWithForum(api, 'integrity', 2036);
    await api.post(`/api/editions/${f.edition.id}/roles`, { organizationId: shaanxi.id, role: 'host' });
    await api.post(`/api/editions/${f.edition.id}/roles`, { organizationId: otherBody.id, role: 'sponsor', sponsorTier: '金牌' });
    aSession = f.forum;
    bSession = f.other;
    await api.patch(`/api/sessions/${aSession}`, { hosts: [{ organizationId: shaanxi.id }] });
    await api.patch(`/api/sessions/${bSession}`, { hosts: [{ organizationId: otherBody.id }] });
    await api.post(`/api/editions/${f.edition.id}/releases`, {});
    for (let i = 0; i < 3; i++) {
      await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(i, { name: `甲方参会者${i}`, phone: `1380000000${i}`, email: `a-attendee${i}@secret.example`, sessionIds: [aSession] })).expect(201);
      await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(10 + i, { name: `乙方参会者${i}`, phone: `1390000000${i}`, email: `b-attendee${i}@secret.example`, sessionIds: [bSession] })).expect(201);
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows the 陕西省网信办 partner its 2019 co-hosts from the seed: the federation, the five guides and the organizer', async () => {
    const editions = (await t.http.get('/api/partner/editions').set(as(partnerA)).expect(200)).body;
    const e2019 = editions.find((e: { edition: { slug: string } }) => e.edition.slug === 'integrity-2019');
    expect(e2019.roles).toEqual(['host']);
    const group = (role: string) => e2019.coHosts.find((g: { role: string }) => g.role === role)?.organizations.map((o: { printedName: string }) => o.printedName);
    expect(group('host')).toEqual(['中国网络社会组织联合会']);
    expect(group('guide')).toEqual(['国家网信办', '国家发展改革委', '商务部', '市场监管总局', '陕西省人民政府']);
    expect(group('organizer')).toEqual(['西安市人民政府']);
    expect(e2019.coHosts.map((g: { role: string }) => g.role)).toEqual(['guide', 'host', 'organizer']);
  });

  it('shows a co-host’s contact only when it chose to share it, and never publicly', async () => {
    const before = JSON.stringify((await t.http.get('/api/partner/editions').set(as(partnerA)).expect(200)).body);
    expect(before).not.toContain(SECRET_CONTACT.contactEmail);
    await t.http.patch('/api/partner/organization').set(as(partnerB)).send({ shareContact: true }).expect(200);
    const shared = (await t.http.get('/api/partner/editions').set(as(partnerA)).expect(200)).body;
    const sponsor = shared.find((e: { edition: { id: number } }) => e.edition.id === f.edition.id).coHosts.find((g: { role: string }) => g.role === 'sponsor').organizations[0];
    expect(sponsor).toMatchObject({ name: '某互联网企业', sponsorTier: '金牌', contact: { email: SECRET_CONTACT.contactEmail } });
    const publicTable = await t.http.get(`/api/editions/${f.edition.slug}/partners`).expect(200);
    expect(JSON.stringify(publicTable.body)).not.toContain(SECRET_CONTACT.contactEmail);
    expect(publicTable.body.map((g: { role: string }) => g.role)).toEqual(['host', 'sponsor']);
    await t.http.patch('/api/partner/organization').set(as(partnerB)).send({ shareContact: false }).expect(200);
  });

  it('edits its own profile, but not its aliases or anybody else’s name', async () => {
    const res = await t.http.patch('/api/partner/organization').set(as(partnerA)).send({ nameEn: 'Cyberspace Administration of Shaanxi', description: '陕西省网信办简介', website: 'https://www.sxwx.gov.cn' }).expect(200);
    expect(res.body).toMatchObject({ id: shaanxi.id, nameEn: 'Cyberspace Administration of Shaanxi', description: '陕西省网信办简介' });
    const clash = await t.http.patch('/api/partner/organization').set(as(partnerA)).send({ name: '中国网络社会组织联合会' }).expect(409);
    expect(clash.body.errors).toHaveProperty('name');
    await t.http.patch('/api/partner/organization').set(as(partnerA)).send({ aliases: ['x'] }).expect(400);
    await t.http.post(`/api/organizations/${shaanxi.id}/aliases`).set(as(partnerA)).send({ name: '某别名' }).expect(403);
    await t.http.post(`/api/organizations/${shaanxi.id}/merge`).set(as(partnerA)).send({ duplicateId: cfis.id }).expect(403);
  });

  it('takes a PNG or a clean SVG logo, and refuses a non-image, an oversized file and an SVG with script', async () => {
    const png = await t.http.put('/api/partner/organization/logo').set(as(partnerA)).set('Content-Type', 'image/png').send(PNG).expect(200);
    expect(png.body.logoUrl).toMatch(new RegExp(`/api/organizations/${shaanxi.id}/logo`));
    const served = await t.http.get(`/api/organizations/${shaanxi.id}/logo`).buffer(true).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');

    const text = await t.http.put('/api/partner/organization/logo').set(as(partnerA)).set('Content-Type', 'image/png').send(Buffer.from('not a picture at all')).expect(422);
    expect(text.body.errors).toHaveProperty('logo');
    const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
    const huge = await t.http.put('/api/partner/organization/logo').set(as(partnerA)).set('Content-Type', 'image/png').send(big);
    expect(huge.status).toBe(413);
    const script = await t.http.put('/api/partner/organization/logo').set(as(partnerA)).set('Content-Type', 'image/svg+xml').send(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')).expect(422);
    expect(script.body.message).toContain('script');
    await t.http.put('/api/partner/organization/logo').set(as(partnerA)).set('Content-Type', 'image/svg+xml').send(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')).expect(422);
    await t.http.put('/api/partner/organization/logo').set(as(partnerA)).set('Content-Type', 'text/html').send('<html></html>').expect(415);
    await t.http.put('/api/partner/organization/logo').set(as(partnerA)).set('Content-Type', 'image/svg+xml').send(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#c00"/></svg>')).expect(200);
    // The PNG is still what an organizer-less stranger cannot change.
    await t.http.put('/api/partner/organization/logo').set('Content-Type', 'image/png').send(PNG).expect(401);
  });

  it('counts its sub-forum’s seats without names, and shows names (never emails or phones) once granted', async () => {
    const sessions = (await t.http.get(`/api/partner/editions/${f.edition.id}/sessions`).set(as(partnerA)).expect(200)).body;
    expect(sessions.map((s: { sessionId: number }) => s.sessionId)).toEqual([aSession]);
    expect(sessions[0]).toMatchObject({ confirmed: 3, waitlisted: 0, checkedIn: 0, capacity: 50, attendeeListGranted: false, attendees: null });
    expect(sessions[0].daily.reduce((sum: number, d: { registrations: number }) => sum + d.registrations, 0)).toBe(3);
    expect(JSON.stringify(sessions)).not.toContain('甲方参会者');
    await api.post(`/api/sessions/${bSession}/attendee-list-grants`, { organizationId: shaanxi.id }, 422);
    await api.post(`/api/sessions/${aSession}/attendee-list-grants`, { organizationId: shaanxi.id });
    const granted = (await t.http.get(`/api/partner/sessions/${aSession}`).set(as(partnerA)).expect(200)).body;
    expect(granted.attendees.map((a: { name: string }) => a.name).sort()).toEqual(['甲方参会者0', '甲方参会者1', '甲方参会者2']);
    expect(Object.keys(granted.attendees[0]).sort()).toEqual(['name', 'organization', 'seat', 'title']);
    expect(JSON.stringify(granted)).not.toMatch(/secret\.example|13800000/);
  });

  it('answers 404 for another body’s session and for an edition it has no part in', async () => {
    await t.http.get(`/api/partner/sessions/${bSession}`).set(as(partnerA)).expect(404);
    await t.http.get('/api/partner/sessions/999999').set(as(partnerA)).expect(404);
    const other = await publishedEditionWithForum(api, 'new-ecommerce', 2036);
    await t.http.get(`/api/partner/editions/${other.edition.id}/sessions`).set(as(partnerA)).expect(404);
  });

  it('subscribes to its own calendar through a signed link', async () => {
    const link = (await t.http.get('/api/partner/calendar-link').set(as(partnerA)).expect(200)).body;
    expect(link.webcal).toMatch(/^webcal:/);
    const path = new URL(link.url).pathname + new URL(link.url).search;
    const feed = await t.http.get(path).expect(200);
    const uids = parseCalendar(feed.text).events.map((e) => e.uid);
    expect(uids).toContain(`session-${aSession}@huiwu.test`);
    await t.http.get(path.replace(/signature=[^&]+/, 'signature=forged')).expect(404);
    await t.http.get(path.replace(`organization=${shaanxi.id}`, `organization=${otherBody.id}`)).expect(404);
  });

  it('walks every route with partner A’s token: nothing private of others, no attendee contact, 404 for B’s sessions, 403 for organizers’ routes', async () => {
    const fill = (url: string, id: number) =>
      url
        .replace(/:idOrSlug/g, f.edition.slug)
        .replace(/:slug/g, 'integrity')
        .replace(/:code/g, 'ZZZZZ-ZZZZZ')
        .replace(/:name/g, 'x')
        .replace(/:\w+/g, String(id));
    const forbidden = [SECRET_CONTACT.contactEmail, SECRET_CONTACT.contactPhone, 'secret.example', '1380000000', '1390000000', '乙方参会者', 'passwordHash', 'password_hash'];
    // Signing out everywhere would end partner A's token in the middle of the walk (account-security.e2e-spec.ts tests it).
    const routes = t.routes.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.url !== '/api/auth/sign-out-everywhere');
    const statuses = new Map<string, number>();
    for (const route of routes) {
      for (const id of [bSession, f.edition.id, otherBody.id, 1]) {
        const url = fill(route.url, id);
        const method = route.method.toLowerCase() as 'get';
        const res = await t.http[method](url).set(as(partnerA)).send(route.method === 'GET' ? undefined : {});
        const body = res.text ?? '';
        for (const secret of forbidden) {
          expect({ route: `${route.method} ${url}`, leaks: body.includes(secret) ? secret : null }).toEqual({ route: `${route.method} ${url}`, leaks: null });
        }
        expect(res.status).toBeLessThan(500);
        statuses.set(`${route.method} ${route.url}`, res.status);
      }
    }
    expect(statuses.get('GET /api/partner/sessions/:id')).toBe(404);
    // Writes open to anybody: sign-in, password resets, an attendee's own registration (behind its token), resending one's link; and the account's own password.
    const publicWrites = new Set([
      'POST /api/auth/login',
      'POST /api/auth/password-reset',
      'POST /api/auth/password-reset/complete',
      // Following a mailed partner invitation: the token in the body is the credential.
      'POST /api/partner-invitations/accept',
      // An SMS provider's delivery reports: the report token in the query is the credential (404 without it, as if absent).
      'POST /api/sms/reports/:provider',
      // A guest's reply (回执): the personal code in the path and the token in the body are the credential.
      'PUT /api/guest-replies/:code',
      // A guest's arrival and departure, on the same personal link.
      'PUT /api/guest-travel/:code/:direction',
      'POST /api/auth/password',
      'POST /api/editions/:id/registrations',
      'PATCH /api/registrations/:code',
      'DELETE /api/registrations/:code',
      'DELETE /api/registrations/:code/sessions/:sessionId',
      'POST /api/editions/:idOrSlug/resend-link',
    ]);
    for (const [route, status] of statuses) {
      if (route.startsWith('GET') || route.includes('/api/partner/') || publicWrites.has(route)) continue;
      expect({ route, status }).toEqual({ route, status: 403 });
    }
    for (const route of ['GET /api/audit', 'GET /api/accounts', 'GET /api/editions/:id/registrations', 'GET /api/editions/:id/registrations.csv', 'GET /api/editions/:id/attendance', 'GET /api/speakers']) {
      expect({ route, status: statuses.get(route) }).toEqual({ route, status: 403 });
    }
  });
});
