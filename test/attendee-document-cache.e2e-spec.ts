import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app-factory';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { parseCalendar } from './support/ical';
import { asBuffer, pdfText } from './support/pdf';
import { recordQueries } from './support/query-counter';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { inLanguage, startTestApp, TestApp } from './support/test-app';

/**
 * An attendee's calendar and ticket are kept rendered in memory, keyed by the state they are made
 * from: a repeated request costs one statement, and a change made by another server process on
 * the same database (a second app here) shows at the next request, never a stale document.
 */
describe('the attendee documents kept in memory', () => {
  let t: TestApp;
  let other: NestFastifyApplication;
  let elsewhere: ReturnType<typeof request>;
  let admin: string;
  let f: RegistrationFixture;
  let tiny: number;
  let first: { code: string; token: string };
  let me: { code: string; token: string };

  const calendarUrl = () => `/api/registrations/${me.code}/calendar.ics?token=${me.token}`;
  const ticketUrl = () => `/api/registrations/${me.code}/ticket.pdf?token=${me.token}`;
  const events = async () => parseCalendar((await t.http.get(calendarUrl()).expect(200)).text).events;
  const event = async (sessionId: number) => (await events()).find((e) => e.uid === `session-${sessionId}@huiwu.test`)!;
  const status = async (sessionId: number) => (await event(sessionId)).component.getFirstPropertyValue('status');
  const ticketText = async () => pdfText((await asBuffer(t.http.get(ticketUrl())).expect(200)).body as Buffer).replace(/\s+/g, '');
  /** The statements of one request to the first app, and its answer. */
  const counted = (url: string) => recordQueries(t.dataSource, () => asBuffer(t.http.get(url)).expect(200));

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    admin = await signIn(t, ADMIN.email, ADMIN.password);
    const api = new ScheduleBuilder(t, admin);
    f = await publishedEditionWithForum(api, 'integrity', 2036, { venue: '西安国际会议中心' });
    tiny = (await api.session(f.edition.id, { title: '闭门研讨会', kind: 'seminar', startsAt: '2036-12-02T19:00', endsAt: '2036-12-02T20:00', capacity: 1 })).session.id;
    await api.post(`/api/editions/${f.edition.id}/releases`, {});
    first = (await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(1, { sessionIds: [tiny] })).expect(201)).body;
    me = (await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(2, { name: '郭全啟', sessionIds: [f.forum, tiny] })).expect(201)).body;
    // A second server process on the same database: the same configuration, its own memory.
    other = await createApp(t.config);
    await other.init();
    await other.getHttpAdapter().getInstance().ready();
    elsewhere = inLanguage(request(other.getHttpServer()), 'en');
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  it('answers a repeated calendar or ticket in one statement, with the same bytes', async () => {
    for (const url of [calendarUrl(), ticketUrl(), `${calendarUrl()}&lang=en`]) {
      const cold = await counted(url);
      const warm = await counted(url);
      expect(warm.queries.length).toBeLessThanOrEqual(1);
      expect(warm.result.body).toEqual(cold.result.body);
      expect(warm.result.headers.etag).toBe(cold.result.headers.etag);
      expect(warm.result.headers['cache-control']).toBe('no-store');
    }
    // Each language is its own document.
    expect((await t.http.get(`${calendarUrl()}&lang=en`).expect(200)).text).toContain('CATEGORIES:Sub-forum');
    expect((await t.http.get(calendarUrl()).expect(200)).text).not.toContain('CATEGORIES:Sub-forum');
    // A phone gets the calendar compressed, still in one statement.
    const { queries, result } = await recordQueries(t.dataSource, () => t.http.get(calendarUrl()).set('Accept-Encoding', 'br').expect(200));
    expect(queries.length).toBeLessThanOrEqual(1);
    expect(result.headers['content-encoding']).toBe('br');
    expect(result.headers.vary).toContain('Accept-Encoding');
  });

  it('answers requests that arrive together, for several registrations, each with its own document', async () => {
    const mine = calendarUrl();
    const theirs = `/api/registrations/${first.code}/calendar.ics?token=${first.token}`;
    await t.http.get(mine).expect(200);
    await t.http.get(theirs).expect(200);
    const result = await Promise.all([
        ...Array.from({ length: 4 }, () => t.http.get(mine).expect(200)),
        ...Array.from({ length: 4 }, () => t.http.get(theirs).expect(200)),
        t.http.get(`/api/registrations/${me.code}/calendar.ics?token=${first.token}`).expect(404),
    ]);
    for (const res of result.slice(0, 4)) expect(res.text).toContain(` · ${me.code}`);
    for (const res of result.slice(4, 8)) expect(res.text).toContain(` · ${first.code}`);
  });

  it('still answers a wrong token with the same 404, the documents being in memory', async () => {
    await t.http.get(calendarUrl()).expect(200);
    await t.http.get(ticketUrl()).expect(200);
    const wrong = await t.http.get(`/api/registrations/${me.code}/calendar.ics?token=nope`).expect(404);
    const none = await t.http.get(`/api/registrations/${me.code}/calendar.ics`).expect(404);
    // Another attendee's own token proves nothing about this registration.
    const others = await t.http.get(`/api/registrations/${me.code}/ticket.pdf?token=${first.token}`).expect(404);
    expect(wrong.body).toEqual(none.body);
    expect(others.body).toEqual(none.body);
    await t.http.get(`/api/registrations/ZZZZZZZZ/calendar.ics?token=${me.token}`).expect(404);
  });

  it('shows a session given up through another server at once', async () => {
    expect(await status(f.forum)).toBe('CONFIRMED');
    await ticketText();
    await elsewhere.delete(`/api/registrations/${me.code}/sessions/${f.forum}?token=${me.token}`).expect(200);
    expect(await status(f.forum)).toBe('CANCELLED');
    expect(await ticketText()).toContain('已取消');
  });

  it('shows a promotion from the waitlist, caused by another attendee on another server, at once', async () => {
    expect(await status(tiny)).toBe('TENTATIVE');
    expect(await ticketText()).toContain('候补');
    await elsewhere.delete(`/api/registrations/${first.code}/sessions/${tiny}?token=${first.token}`).expect(200);
    expect(await status(tiny)).toBe('CONFIRMED');
    const text = await ticketText();
    expect(text).toContain('已确认');
    expect(text).not.toContain('候补');
  });

  it('prints a name changed by another process at once, even by a statement that leaves every timestamp alone', async () => {
    expect(await ticketText()).toContain('郭全啟');
    await other.get(DataSource).query('UPDATE registration SET name = ? WHERE code = ?', ['郭全新', me.code]);
    const text = await ticketText();
    expect(text).toContain('郭全新');
    expect(text).not.toContain('郭全啟');
  });

  it('moves a session as soon as another server publishes a release that moves it', async () => {
    expect((await event(tiny)).startDate.toJSDate().toISOString()).toBe('2036-12-02T11:00:00.000Z');
    const auth = { Authorization: `Bearer ${admin}` };
    await elsewhere.patch(`/api/sessions/${tiny}`).set(auth).send({ startsAt: '2036-12-02T20:00', endsAt: '2036-12-02T21:00' }).expect(200);
    // Not published yet: the attendee's documents follow the release, not the draft.
    expect((await event(tiny)).startDate.toJSDate().toISOString()).toBe('2036-12-02T11:00:00.000Z');
    await elsewhere.post(`/api/editions/${f.edition.id}/releases`).set(auth).send({ note: 'moved' }).expect(201);
    expect((await event(tiny)).startDate.toJSDate().toISOString()).toBe('2036-12-02T12:00:00.000Z');
    expect(await ticketText()).toContain('20:00');
    // And the new state is kept in its turn.
    expect((await counted(calendarUrl())).queries.length).toBeLessThanOrEqual(1);
  });
});
