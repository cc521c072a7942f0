import { OutboxMessage } from '../src/notifications/entities/outbox-message.entity';
import { asMail } from './support/outbox-mail';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { parseCalendar } from './support/ical';
import { pdfText } from './support/pdf';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

describe('an attendee’s own calendar and ticket', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let f: RegistrationFixture;
  let tiny: number;
  let me: { code: string; token: string };

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    f = await publishedEditionWithForum(api, 'integrity', 2036, { venue: '西安国际会议中心' });
    tiny = (await api.session(f.edition.id, { title: '闭门研讨会', kind: 'seminar', startsAt: '2036-12-02T19:00', endsAt: '2036-12-02T20:00', capacity: 1 })).session.id;
    await api.post(`/api/editions/${f.edition.id}/releases`, {});
    await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(1, { sessionIds: [tiny] })).expect(201);
    me = (await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(2, { name: '郭全啟', phone: '13812345678', sessionIds: [f.forum, tiny] })).expect(201)).body;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists confirmed sessions as CONFIRMED and waitlisted ones as TENTATIVE, privately', async () => {
    const res = await t.http.get(`/api/registrations/${me.code}/calendar.ics?token=${me.token}`).expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    const { events } = parseCalendar(res.text);
    const status = (id: number) => events.find((e) => e.uid === `session-${id}@huiwu.test`)!.component.getFirstPropertyValue('status');
    expect(status(f.forum)).toBe('CONFIRMED');
    expect(status(tiny)).toBe('TENTATIVE');
    expect(events.find((e) => e.uid === `session-${f.forum}@huiwu.test`)!.startDate.toJSDate().toISOString()).toBe('2036-12-01T06:00:00.000Z');
    await t.http.get(`/api/registrations/${me.code}/calendar.ics?token=nope`).expect(404);
    await t.http.get(`/api/registrations/${me.code}/calendar.ics`).set('Authorization', `Bearer ${me.token}`).expect(200);
  });

  it('keeps a given-up session in the feed as CANCELLED so subscribed calendars drop it', async () => {
    const before = await t.http.get(`/api/registrations/${me.code}/calendar.ics?token=${me.token}`).expect(200);
    await t.http.delete(`/api/registrations/${me.code}/sessions/${f.forum}?token=${me.token}`).expect(200);
    const after = await t.http.get(`/api/registrations/${me.code}/calendar.ics?token=${me.token}`).set('If-None-Match', before.headers.etag).expect(200);
    const { events } = parseCalendar(after.text);
    expect(events.find((e) => e.uid === `session-${f.forum}@huiwu.test`)!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    await t.http.get(`/api/registrations/${me.code}/calendar.ics?token=${me.token}`).set('If-None-Match', after.headers.etag).expect(304);
  });

  it('tells attendees when a release moves or cancels their session, once', async () => {
    await api.patch(`/api/sessions/${tiny}`, { startsAt: '2036-12-02T19:30', endsAt: '2036-12-02T20:30' });
    await api.post(`/api/editions/${f.edition.id}/releases`, { note: 'moved' });
    // A release with nothing new is refused, so it cannot announce the move a second time.
    await api.post(`/api/editions/${f.edition.id}/releases`, { note: 'nothing new' }, 409);
    const messages = (await t.dataSource.getRepository(OutboxMessage).find({ where: { kind: 'session_changed' } })).map(asMail);
    expect(messages.map((m) => m.toAddress).sort()).toEqual(['attendee1@example.com', 'attendee2@example.com']);
    expect(messages[0].body).toContain('19:30');
  });

  it('prints a ticket with the name, the edition, the sessions and the code, and nothing else personal', async () => {
    const res = await t.http
      .get(`/api/registrations/${me.code}/ticket.pdf?token=${me.token}`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.body as Buffer).replace(/\s+/g, '');
    for (const phrase of [me.code, '郭全啟', '2036年测试大会', '闭门研讨会', '候补']) expect(text).toContain(phrase);
    expect(text).not.toContain('attendee2@example.com');
    expect(text).not.toContain('13812345678');
    await t.http.get(`/api/registrations/${me.code}/ticket.pdf?token=wrong`).expect(404);
  });
});
