import fc from 'fast-check';
import { cookiesOf, csrfFieldOf, openForm } from './browser/page-forms';
import { ADMIN, ADMIN_ENV, partnerToken, signIn } from './support/accounts';
import { attendee, publishedEditionWithForum } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 17: every partner route and page, walked by partner A with the ids of organization B's
 * sub-forum, proposals, team, edition, guest and attendee. Nothing of B's comes back, nothing
 * answers 5xx, and an id of B's kind of thing is a 404 wherever a route takes one.
 */
describe('partner isolation: every partner route and page with another organization’s ids', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let tokenA: string;
  let cookieA: string;
  let csrfA: string;
  /** B's ids by what the route's parameter names. */
  const foreign: Record<'edition' | 'session' | 'proposal' | 'invitation' | 'account', number[]> = { edition: [], session: [], proposal: [], invitation: [], account: [] };
  /** Every id of B's, whatever its kind (guests and registrations too), for the random walk. */
  let anyForeignId: number[] = [];
  const SECRETS = ['B机密嘉宾', 'B退回嘉宾', 'B的分论坛简介', '13900001111', 'b-guest@secret.example', 'b-invitee@secret.example', 'B参会者', 'b-private@secret.example', '+8613911112222'];

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    const organizer = await signIn(t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(t, organizer);
    const a = await api.organization('甲单位网络协会');
    const b = await api.organization('乙单位数字企业');
    tokenA = await partnerToken(t, organizer, a.id, 'a@partner.test');
    const tokenB = await partnerToken(t, organizer, b.id, 'b@partner.test');
    const accountB = (await t.http.get('/api/auth/me').set('Authorization', `Bearer ${tokenB}`)).body.id as number;
    // A is an admin of its team (so its own team routes do not stop at 403 before the id is looked up).
    const accountA = (await t.http.get('/api/auth/me').set('Authorization', `Bearer ${tokenA}`)).body.id as number;
    await api.post(`/api/organizations/${a.id}/partner-invitations`, { email: 'a2@partner.test' });
    await t.http.put(`/api/organizations/${a.id}/partner-team/${accountA}/admin`).set('Authorization', `Bearer ${organizer}`).send({ admin: true }).expect(200);
    await t.http.patch('/api/partner/organization').set('Authorization', `Bearer ${tokenB}`).send({ contactEmail: 'b-private@secret.example', contactPhone: '+8613911112222', shareContact: false }).expect(200);

    // Edition 1: A and B co-host; B hosts the sub-forum, delegated to it, with an attendee list granted to it.
    const shared = await publishedEditionWithForum(api, 'integrity', 2036);
    await api.post(`/api/editions/${shared.edition.id}/roles`, { organizationId: a.id, role: 'host' });
    await api.post(`/api/editions/${shared.edition.id}/roles`, { organizationId: b.id, role: 'co_organizer' });
    await api.patch(`/api/sessions/${shared.forum}`, { hosts: [{ organizationId: b.id }] });
    await api.patch(`/api/sessions/${shared.other}`, { hosts: [{ organizationId: a.id }] });
    await api.post(`/api/sessions/${shared.forum}/delegations`, { organizationId: b.id });
    await api.post(`/api/sessions/${shared.other}/delegations`, { organizationId: a.id });
    await api.post(`/api/sessions/${shared.forum}/attendee-list-grants`, { organizationId: b.id });
    const registration = await api.post(`/api/editions/${shared.edition.id}/registrations`, { ...attendee(1), name: 'B参会者', sessionIds: [shared.forum] });
    const asB = (url: string, body: object) => t.http.post(url).set('Authorization', `Bearer ${tokenB}`).send(body).expect(201);
    const speaker = (await asB(`/api/partner/sessions/${shared.forum}/speaker-proposals`, { name: 'B机密嘉宾', title: '秘书长' })).body;
    const returned = (await asB(`/api/partner/sessions/${shared.forum}/speaker-proposals`, { name: 'B退回嘉宾' })).body;
    const about = (await asB(`/api/partner/sessions/${shared.forum}/description-proposals`, { description: 'B的分论坛简介' })).body;
    const guest = (await asB(`/api/partner/sessions/${shared.forum}/guest-proposals`, { name: 'B邀请嘉宾', phone: '13900001111', email: 'b-guest@secret.example' })).body;
    await api.post(`/api/proposals/${guest.id}/accept`, {}, 200);
    await api.post(`/api/proposals/${returned.id}/send-back`, { comment: '请补充' }, 200);
    const guests = (await api.get(`/api/editions/${shared.edition.id}/guests`)) as { id: number }[];
    const invitation = (await t.http.post('/api/partner/team/invitations').set('Authorization', `Bearer ${tokenB}`).send({ email: 'b-invitee@secret.example' })).body;
    // B is the team's admin only after the organizer says so; the invitation above then exists either way.
    if (!invitation.id) {
      await t.http.put(`/api/organizations/${b.id}/partner-team/${accountB}/admin`).set('Authorization', `Bearer ${organizer}`).send({ admin: true }).expect(200);
      foreign.invitation.push((await t.http.post('/api/partner/team/invitations').set('Authorization', `Bearer ${tokenB}`).send({ email: 'b-invitee@secret.example' }).expect(201)).body.id);
    } else foreign.invitation.push(invitation.id);

    // Edition 2: B's alone.
    const own = await publishedEditionWithForum(api, 'new-ecommerce', 2037);
    await api.patch(`/api/sessions/${own.forum}`, { hosts: [{ organizationId: b.id }] });
    await api.post(`/api/editions/${own.edition.id}/releases`, { note: 'B' });

    foreign.edition.push(own.edition.id);
    foreign.session.push(shared.forum, own.forum);
    foreign.proposal.push(speaker.id, returned.id, about.id, guest.id);
    foreign.account.push(accountB);
    anyForeignId = [...new Set([...Object.values(foreign).flat(), ...guests.map((g) => g.id), registration.id ?? 1])];

    // A's page session: the sign-in form, then a page's CSRF token for the forms.
    const form = await openForm(t, '/partner/sign-in');
    const signedIn = await t.http.post('/partner/sign-in').set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf, email: 'a@partner.test', password: 'partner-password' });
    expect(signedIn.status).toBe(303);
    cookieA = cookiesOf(signedIn, form.cookie);
    const home = await t.http.get('/partner').set('Cookie', cookieA);
    expect(home.status).toBe(200);
    cookieA = cookiesOf(home, cookieA);
    csrfA = csrfFieldOf(home.text);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  /** The partner routes and pages that take an id: API under /api/partner, pages under /partner. */
  function partnerRoutes() {
    return t.routes.filter((r) => (r.url.startsWith('/api/partner/') || r.url.startsWith('/partner/')) && r.url.includes(':'));
  }

  /** What kind of B's thing a route's parameter names; a new route with an unknown one fails here until it is classified. */
  function kindOf(url: string, param: string): keyof typeof foreign {
    if (/\/(editions|co-hosts)\/:id/.test(url) && param === 'id') return 'edition';
    if (/\/(sessions|forums)\/:id/.test(url) && param === 'id') return 'session';
    if (/\/(proposals|proposal-photos)\/:id/.test(url) && param === 'id') return 'proposal';
    if (/\/invitations\/:id/.test(url) && param === 'id') return 'invitation';
    if (/\/(members|people)\/:id/.test(url) && param === 'id') return 'account';
    throw new Error(`classify the parameter :${param} of ${url}`);
  }

  async function call(method: string, url: string, body: Record<string, unknown>) {
    const page = !url.startsWith('/api/');
    const req = t.http[method.toLowerCase() as 'get'](url);
    if (page) void req.set('Cookie', cookieA);
    else void req.set('Authorization', `Bearer ${tokenA}`);
    if (method === 'GET' || method === 'DELETE') return req;
    return page ? req.type('form').send({ _csrf: csrfA, ...body }) : req.send(body);
  }

  function expectNoLeak(route: string, res: { status: number; text?: string; body?: unknown }) {
    const text = res.text ?? JSON.stringify(res.body ?? '');
    expect({ route, status: res.status >= 500 ? res.status : 'ok' }).toEqual({ route, status: 'ok' });
    expect({ route, leaks: SECRETS.filter((s) => text.includes(s)) }).toEqual({ route, leaks: [] });
  }

  const BODY = { name: '甲的提议', description: '甲的简介', email: 'someone@a.example', phone: '13800001111', admin: 'yes', comment: 'x' };

  /** A valid body for the route (the API refuses fields it does not know with 400, before any lookup). */
  function bodyFor(method: string, url: string): Record<string, unknown> {
    if (!url.startsWith('/api/')) return BODY;
    if (method === 'PUT') return { admin: true };
    if (url.endsWith('speaker-proposals')) return { name: '甲的提议' };
    if (url.endsWith('description-proposals')) return { description: '甲的简介' };
    if (url.endsWith('guest-proposals')) return { name: '甲的嘉宾', phone: '13800001111' };
    return {};
  }

  it('answers 404 for every one of B’s ids on every partner route and page that takes one', async () => {
    const routes = partnerRoutes();
    // The API's and the pages' routes with ids: sessions, proposals, photos, directory, team.
    expect(routes.length).toBeGreaterThanOrEqual(20);
    for (const route of routes) {
      const params = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]);
      for (const param of params) {
        for (const id of foreign[kindOf(route.url, param)]) {
          const url = route.url.replace(`:${param}`, String(id));
          const res = await call(route.method, url, bodyFor(route.method, route.url));
          expectNoLeak(`${route.method} ${url}`, res);
          expect({ route: `${route.method} ${route.url}`, id, status: res.status }).toEqual({ route: `${route.method} ${route.url}`, id, status: 404 });
        }
      }
    }
  }, 180_000);

  it('leaks nothing and never fails with any of B’s ids in any parameter, with any body (fast-check)', async () => {
    const routes = partnerRoutes();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.constantFrom(...anyForeignId),
        fc.record({ name: fc.string({ maxLength: 30 }), description: fc.string({ maxLength: 30 }), email: fc.emailAddress(), phone: fc.string({ maxLength: 20 }), admin: fc.constantFrom('yes', 'no', true, false) }),
        async (route, id, body) => {
          const url = route.url.replace(/:\w+/g, String(id));
          expectNoLeak(`${route.method} ${url}`, await call(route.method, url, body));
        },
      ),
      { numRuns: 150 },
    );
    // And every partner route without an id (home, team, lists, calendar link) shows nothing of B's.
    for (const route of t.routes.filter((r) => (r.url.startsWith('/api/partner/') || r.url.startsWith('/partner')) && !r.url.includes(':') && r.method === 'GET')) {
      expectNoLeak(`GET ${route.url}`, await call('GET', route.url, {}));
    }
  }, 180_000);

  it('changed nothing of B’s: its invitation is open, its proposals as they were', async () => {
    const team = await api.get(`/api/organizations/${(await api.get(`/api/organizations?q=${encodeURIComponent('乙单位数字企业')}`))[0].id}/partner-team`);
    expect(team.invitations.map((i: { email: string }) => i.email)).toEqual(['b-invitee@secret.example']);
    expect(team.members.map((m: { admin: boolean }) => m.admin)).not.toContain(undefined);
    const queue = (await api.get('/api/proposals')) as { organization: string; status: string }[];
    expect(queue.filter((p) => p.organization === '乙单位数字企业').map((p) => p.status).sort()).toEqual(['accepted', 'pending', 'pending', 'returned']);
  });
});
