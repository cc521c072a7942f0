import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The attendee's token did everything and travelled in webcal: links to calendar servers. Calendar
 * and ticket links now carry a read-only token; the owner's token, which can cancel, stays in the
 * page to manage the registration; personal documents are never cached.
 */
describe('read-only tokens for calendars and tickets', () => {
  let t: TestApp;
  let f: RegistrationFixture;
  let me: { code: string; token: string; links: { calendar: string; ticket: string; self: string } };
  let readToken: string;

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    f = await publishedEditionWithForum(new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password)));
    me = (await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(1, { sessionIds: [f.forum] })).expect(201)).body;
    readToken = new URL(me.links.calendar).searchParams.get('token')!;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('puts a read-only token, not the owner’s, in the calendar and ticket links', () => {
    expect(readToken).toEqual(expect.any(String));
    expect(readToken).not.toBe(me.token);
    expect(new URL(me.links.ticket).searchParams.get('token')).toBe(readToken);
    expect(me.links.calendar + me.links.ticket).not.toContain(me.token);
  });

  it('opens the calendar and the ticket with it, kept in no cache', async () => {
    const calendar = await t.http.get(new URL(me.links.calendar).pathname).query({ token: readToken }).expect(200);
    expect(calendar.headers['cache-control']).toBe('no-store');
    const ticket = await t.http.get(new URL(me.links.ticket).pathname).query({ token: readToken }).expect(200);
    expect(ticket.headers['cache-control']).toBe('no-store');
  });

  it('cannot read the registration in full, change or cancel it with the read-only token', async () => {
    await t.http.get(`/api/registrations/${me.code}`).query({ token: readToken }).expect(404);
    await t.http.patch(`/api/registrations/${me.code}`).query({ token: readToken }).send({ sessionIds: [f.forum, f.other] }).expect(404);
    await t.http.delete(`/api/registrations/${me.code}/sessions/${f.forum}`).query({ token: readToken }).expect(404);
    await t.http.delete(`/api/registrations/${me.code}`).query({ token: readToken }).expect(404);
    const still = (await t.http.get(`/api/registrations/${me.code}`).query({ token: me.token }).expect(200)).body;
    expect(still.status).toBe('confirmed');
  });

  it('keeps the owner’s token out of the calendar, webcal and ticket links of the attendee’s pages', async () => {
    const page = await t.http.get(`/r/${me.code}/confirmed`).query({ token: me.token }).expect(200);
    const links = [...page.text.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&#x3D;/g, '='));
    const documents = links.filter((href) => /calendar\.ics|ticket\.pdf/.test(href));
    expect(documents.length).toBeGreaterThanOrEqual(2);
    for (const href of documents) expect(href).not.toContain(me.token);
    expect(links.some((href) => href.includes(`/r/${me.code}?token=${me.token}`) || href.includes(encodeURIComponent(me.token)))).toBe(true);
  });
});
