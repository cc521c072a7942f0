import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_KEY, PAGE_KEY, PERMISSION_KEY } from '../src/common/access/access.decorators';
import { PAGE_CONTROLLERS } from '../src/web/web.module';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { attendee, publishedEditionWithForum } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

interface DeclaredRoute {
  route: string;
  page: boolean;
  access: string | undefined;
  permission: unknown;
}

/** Every handler of every controller, with what it declares: read from Nest's own metadata, so a new route is in it. */
function declaredRoutes(t: TestApp): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const page = Reflect.getMetadata(PAGE_KEY, controller) === true || (PAGE_CONTROLLERS as unknown[]).includes(controller);
      let proto = controller.prototype as object | null;
      const seen = new Set<string>();
      while (proto && proto !== Object.prototype) {
        for (const name of Object.getOwnPropertyNames(proto)) {
          if (seen.has(name) || name === 'constructor') continue;
          const handler = (proto as Record<string, unknown>)[name];
          if (typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
          seen.add(name);
          const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
          const path = `/${[page ? '' : 'api', base, String(Reflect.getMetadata(PATH_METADATA, handler))].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/');
          out.push({
            route: `${method} ${path}`,
            page,
            access: Reflect.getMetadata(ACCESS_KEY, handler) ?? Reflect.getMetadata(ACCESS_KEY, controller),
            permission: Reflect.getMetadata(PERMISSION_KEY, handler),
          });
        }
        proto = Object.getPrototypeOf(proto) as object | null;
      }
    }
  }
  return out;
}

/** The organizer's own pages (signing in, their password, their sign-ins): about the account, not an edition. */
const OWN_ACCOUNT_PAGES = /^(GET|POST) \/admin\/(sign-in|sign-out|account(\/.*)?|forgot-password|reset-password)$/;

const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('teams and permissions', () => {
  let t: TestApp;
  let admin: string;
  let api: ScheduleBuilder;
  let a: { id: number; slug: string };
  let b: { id: number; slug: string };
  let forum: number;
  let code: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, number> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    t = await startTestApp({ seed: false, env: ADMIN_ENV });
    admin = await signIn(t, ADMIN.email, ADMIN.password);
    tokens.admin = admin;
    api = new ScheduleBuilder(t, admin);
    await api.post('/api/brands', { slug: 'integrity', name: '中国网络诚信大会' });
    await api.post('/api/brands', { slug: 'civilization', name: '中国网络文明大会' });
    const fixture = await publishedEditionWithForum(api, 'integrity', 2036);
    a = fixture.edition;
    forum = fixture.forum;
    b = await api.edition('integrity', 2037, '2037-12-01', '2037-12-02');
    code = (await t.http.post(`/api/editions/${a.slug}/registrations`).send(attendee(1, { sessionIds: [forum] })).expect(201)).body.code;
    const members: [string, object][] = [
      ['editorA', { role: 'editor', editionId: a.id }],
      ['deskA', { role: 'desk', editionId: a.id }],
      ['checkInA', { role: 'check_in', editionId: a.id }],
      ['viewerA', { role: 'viewer', editionId: a.id }],
      ['brandOwner', { role: 'owner', brand: 'integrity' }],
      ['civilizationEditor', { role: 'editor', brand: 'civilization' }],
    ];
    for (const [who, scope] of members) {
      const email = `${who.toLowerCase()}@huiwu.test`;
      const created = await t.http.post('/api/team/members').set(as('admin')).send({ email, password: 'team member pw', displayName: who, ...scope });
      expect({ who, status: created.status }).toEqual({ who, status: 201 });
      ids[who] = created.body.accountId;
      tokens[who] = await signIn(t, email, 'team member pw');
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('has every organizer API route and every console page declare what it needs (fail closed: a new route without one fails here)', () => {
    const routes = declaredRoutes(t);
    expect(routes.length).toBeGreaterThan(80);
    const organizerApi = routes.filter((r) => !r.page && r.access === 'organizer');
    expect(organizerApi.length).toBeGreaterThan(50);
    expect(organizerApi.filter((r) => !r.permission).map((r) => r.route)).toEqual([]);
    const consolePages = routes.filter((r) => r.page && / \/admin(\/|$)/.test(r.route) && !OWN_ACCOUNT_PAGES.test(r.route));
    expect(consolePages.length).toBeGreaterThanOrEqual(3);
    expect(consolePages.filter((r) => !r.permission).map((r) => r.route)).toEqual([]);
    // Every page controller signs in by cookie and has its permission decided by the console's guard.
    expect(PAGE_CONTROLLERS.filter((c) => Reflect.getMetadata(PAGE_KEY, c) !== true).map((c) => c.name)).toEqual([]);
    // Nothing declares no access level at all.
    expect(routes.filter((r) => !r.page && r.access === undefined).map((r) => r.route)).toEqual([]);
  });

  it('makes the first organizer owner of everything', async () => {
    const team = (await t.http.get('/api/team').set(as('admin')).expect(200)).body;
    const first = team.find((m: { email: string }) => m.email === ADMIN.email);
    expect(first.grants).toEqual([expect.objectContaining({ role: 'owner', scope: 'all' })]);
  });

  it('shows an editor of edition A nothing of edition B: 404 on every route, as for an edition that does not exist', async () => {
    await t.http.patch(`/api/editions/${a.id}`).set(as('editorA')).send({ city: '咸阳' }).expect(200);
    expect((await t.http.get(`/api/editions/${a.slug}`).set(as('editorA')).expect(200)).body.registrationSettings).toBeDefined();
    for (const url of [`/api/editions/${b.id}`, `/api/editions/${b.slug}`, `/api/editions/${b.id}/sessions`, `/api/editions/${b.slug}/rooms`, `/api/editions/${b.id}/conflicts`, `/api/audit?editionId=${b.id}`]) {
      const seen = await t.http.get(url).set(as('editorA'));
      expect({ url, status: seen.status }).toEqual({ url, status: 404 });
    }
    const hidden = await t.http.patch(`/api/editions/${b.slug}`).set(as('editorA')).send({ city: '咸阳' }).expect(404);
    const missing = await t.http.patch('/api/editions/integrity-2099').set(as('editorA')).send({ city: '咸阳' }).expect(404);
    expect(hidden.body.message).toBe(`No edition "${b.slug}"`);
    expect(missing.body.message).toBe('No edition "integrity-2099"');
    await t.http.post(`/api/editions/${b.id}/rooms`).set(as('editorA')).send({ name: '偷偷加的会场', capacity: 10 }).expect(404);
    // The console's list is filtered alike.
    const page = await t.http.get('/admin').set('Cookie', `huiwu_session=${tokens.editorA}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`/admin/editions/${a.id}"`);
    expect(page.text).not.toContain(`/admin/editions/${b.id}"`);
    expect(page.text).not.toContain('2037 测试大会');
  });

  it('lets check-in staff look a registration up and check it in, and nothing else (403 on edits, not 404: they see the edition)', async () => {
    await t.http.get(`/api/registrations/${code}/admin`).set(as('checkInA')).expect(200);
    await t.http.post(`/api/registrations/${code}/approve`).set(as('checkInA')).expect(403);
    for (const [method, url, body] of [
      ['patch', `/api/editions/${a.id}`, { city: '咸阳' }],
      ['post', `/api/editions/${a.id}/sessions`, { title: '新活动', kind: 'seminar' }],
      ['patch', `/api/sessions/${forum}`, { title: '改名' }],
      ['get', `/api/editions/${a.id}/registrations`, undefined],
    ] as const) {
      const res = await t.http[method](url).set(as('checkInA')).send(body);
      expect({ url, status: res.status }).toEqual({ url, status: 403 });
      expect(res.body.message).toMatch(/^Your role does not allow you to /);
    }
    await t.http.post(`/api/registrations/${code}/check-in`).set(as('checkInA')).expect(200);
    await t.http.post(`/api/registrations/${code}/check-in`).set(as('civilizationEditor')).expect(404);
  });

  it('lets a viewer write nothing: every organizer write route aimed at its edition is refused', async () => {
    await t.http.get(`/api/editions/${a.id}/sessions`).set(as('viewerA')).expect(200);
    const writes = t.routes.filter((r) => r.url.startsWith('/api/') && WRITE.has(r.method) && !r.url.startsWith('/api/partner/') && !r.url.startsWith('/api/auth/'));
    expect(writes.length).toBeGreaterThan(30);
    for (const route of writes) {
      const url = route.url.replace(':code', code).replace(/:id(OrSlug)?\b/, String(a.id)).replace(':slug', 'integrity').replace(':sessionId', String(forum)).replace(/:\w+/g, '1');
      const res = await t.http[route.method.toLowerCase() as 'post'](url).set(as('viewerA')).send({ brand: 'integrity', role: 'viewer', editionId: a.id, accountId: ids.viewerA });
      const outcome = { route: `${route.method} ${route.url}`, written: res.status < 300, failed: res.status >= 500 };
      expect(outcome).toEqual({ route: outcome.route, written: false, failed: false });
    }
  });

  it('lets the desk handle registrations but not the schedule', async () => {
    await t.http.get(`/api/editions/${a.id}/registrations`).set(as('deskA')).expect(200);
    await t.http.get(`/api/editions/${a.id}/registrations.csv`).set(as('deskA')).expect(200);
    await t.http.post(`/api/editions/${a.id}/rooms`).set(as('deskA')).send({ name: '服务台会场', capacity: 10 }).expect(403);
  });

  it('gives a brand owner the brand’s editions, present and future, and no other brand', async () => {
    await t.http.get(`/api/editions/${b.id}/sessions`).set(as('brandOwner')).expect(200);
    const created = await t.http.post('/api/editions').set(as('brandOwner')).send({ brand: 'integrity', year: 2038, title: '2038 测试大会', startDate: '2038-12-01', endDate: '2038-12-02' }).expect(201);
    await t.http.get(`/api/editions/${created.body.id}/sessions`).set(as('brandOwner')).expect(200);
    await t.http.post('/api/editions').set(as('brandOwner')).send({ brand: 'civilization', year: 2038, title: '2038 文明大会', startDate: '2038-12-01', endDate: '2038-12-02' }).expect(403);
    await t.http.post('/api/editions').set(as('civilizationEditor')).send({ brand: 'civilization', year: 2038, title: '2038 文明大会', startDate: '2038-12-01', endDate: '2038-12-02' }).expect(201);
    await t.http.get(`/api/editions/${created.body.id}`).set(as('civilizationEditor')).expect(404);
    // Things of the whole installation need a role over everything.
    await t.http.post('/api/brands').set(as('brandOwner')).send({ slug: 'ecommerce', name: '中国新电商大会' }).expect(403);
    await t.http.get('/api/audit').set(as('brandOwner')).expect(403);
    await t.http.get(`/api/audit?editionId=${b.id}`).set(as('brandOwner')).expect(200);
  });

  it('lets owners name roles only within what they own, audited, and never removes the last owner of everything', async () => {
    await t.http.put('/api/team/grants').set(as('editorA')).send({ accountId: ids.viewerA, role: 'editor', editionId: a.id }).expect(403);
    const given = await t.http.put('/api/team/grants').set(as('brandOwner')).send({ accountId: ids.viewerA, role: 'editor', editionId: b.id }).expect(200);
    expect(given.body).toMatchObject({ role: 'editor', scope: 'edition', editionId: b.id });
    await t.http.get(`/api/editions/${b.id}/sessions`).set(as('viewerA')).expect(200);
    await t.http.put('/api/team/grants').set(as('brandOwner')).send({ accountId: ids.viewerA, role: 'owner' }).expect(403);
    await t.http.put('/api/team/grants').set(as('brandOwner')).send({ accountId: ids.viewerA, role: 'owner', brand: 'civilization' }).expect(403);
    await t.http.delete(`/api/team/grants/${given.body.id}`).set(as('brandOwner')).expect(204);
    // Removed, refused from the very next request.
    await t.http.get(`/api/editions/${b.id}/sessions`).set(as('viewerA')).expect(404);

    const audit = (await t.http.get('/api/audit?entityType=team_grant&limit=100').set(as('admin')).expect(200)).body;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['create', 'delete']));

    const team = (await t.http.get('/api/team').set(as('admin')).expect(200)).body;
    const ownerGrant = team.find((m: { email: string }) => m.email === ADMIN.email).grants[0];
    const last = await t.http.delete(`/api/team/grants/${ownerGrant.id}`).set(as('admin')).expect(409);
    expect(last.body.errors).toHaveProperty('role');
    await t.http.put('/api/team/grants').set(as('admin')).send({ accountId: ownerGrant.accountId, role: 'viewer' }).expect(409);
    // Validation names the field; a scope of both kinds is refused.
    const both = await t.http.put('/api/team/grants').set(as('admin')).send({ accountId: ids.viewerA, role: 'viewer', brand: 'integrity', editionId: a.id }).expect(422);
    expect(both.body.errors).toHaveProperty('editionId');
    const badRole = await t.http.put('/api/team/grants').set(as('admin')).send({ accountId: ids.viewerA, role: 'king' }).expect(400);
    expect(badRole.body.errors).toHaveProperty('role');
  });
});
