import { AuditEntry } from '../src/audit/entities/audit-entry.entity';
import { OutboxMessage } from '../src/notifications/entities/outbox-message.entity';
import { In } from 'typeorm';
import { Registration } from '../src/registrations/entities/registration.entity';
import { SessionSeat } from '../src/seats/entities/session-seat.entity';
import { RegistrationsService } from '../src/registrations/registrations.service';
import { cookiesOf, csrfFieldOf } from './browser/page-forms';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { asMail, OutboxMail } from './support/outbox-mail';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Finding 3 and 5 of the security review: with confirmation by e-mail on, a registration holds
 * its seats only until the mailed link is followed in time, and a registration request answers
 * the same whether the address is registered or not (what happened goes to the mailbox only).
 */
describe('registration confirmed by e-mail', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let organizer: string;
  let f: RegistrationFixture;
  let year = 2036;

  const register = (body: object, lang = 'zh-CN', editionId = f.edition.id) =>
    t.http.post(`/api/editions/${editionId}/registrations`).set('Accept-Language', lang).send(body);
  /** The registrations' seats and waitlist tickets (the seats module's rows), by id. */
  const seatsOf = (...registrations: Registration[]) =>
    t.dataSource.getRepository(SessionSeat).find({ where: { registrationId: In(registrations.map((r) => r.id)) }, order: { id: 'ASC' } });
  const mailsTo = async (address: string, kind?: string): Promise<OutboxMail[]> =>
    (await t.dataSource.getRepository(OutboxMessage).find({ order: { id: 'ASC' } })).map(asMail).filter((m) => m.toAddress === address && (!kind || m.kind === kind));
  /** The link the request to confirm carries. */
  async function confirmLinkOf(address: string): Promise<string> {
    const [mail] = (await mailsTo(address, 'confirmation_request')).slice(-1);
    expect(mail).toBeDefined();
    const link = /https?:\/\/\S+\/r\/[^\s/]+\/confirm\?token=\S+/.exec(mail.body)?.[0];
    expect(link).toBeDefined();
    const url = new URL(link!);
    return `${url.pathname}${url.search}`;
  }
  /**
   * Follows the mailed link as a person does: opening it only asks (and confirms nothing, so a mail
   * scanner cannot confirm for them), the button confirms; answers the page that follows.
   */
  async function confirmBy(link: string) {
    const asked = await t.http.get(link);
    if (asked.status !== 200 || !asked.text.includes('name="_csrf"')) return asked;
    const code = /\/r\/([^/]+)\/confirm/.exec(link)![1];
    const token = new URLSearchParams(link.split('?')[1]).get('token')!;
    const before = await t.dataSource.getRepository(Registration).findOneByOrFail({ code });
    expect(before.status).toBe('unconfirmed');
    const cookie = cookiesOf(asked);
    const pressed = await t.http.post(`/r/${code}/confirm`).set('Cookie', cookie).type('form').send({ _csrf: csrfFieldOf(asked.text), token });
    if (pressed.status !== 303) return pressed;
    return t.http.get(pressed.headers.location).set('Cookie', cookie);
  }
  const shown = async (answer: ReturnType<typeof confirmBy>) => {
    const res = await answer;
    expect(res.status).toBe(200);
    return res;
  };
  const row = (email: string, editionId = f.edition.id) => t.dataSource.getRepository(Registration).findOneByOrFail({ editionId, email });

  /** A fresh edition (its own year) whose forum has `capacity` seats, confirming by e-mail. */
  async function editionConfirmingByMail(capacity: number, settings: object = {}): Promise<RegistrationFixture> {
    const fixture = await publishedEditionWithForum(api, 'integrity', ++year);
    await api.patch(`/api/sessions/${fixture.forum}`, { capacity });
    await api.patch(`/api/editions/${fixture.edition.id}`, { registrationConfirmation: 'email', confirmationWindowMinutes: 30, ...settings });
    return fixture;
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { ...ADMIN_ENV, MAIL_RECIPIENT_PER_HOUR: '1000', MAIL_RECIPIENT_PER_DAY: '1000' } });
    organizer = await signIn(t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(t, organizer);
    f = await editionConfirmingByMail(3);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is an edition setting organizers see and change, audited, defaulting to none and 30 minutes', async () => {
    const plain = await publishedEditionWithForum(api, 'integrity', ++year);
    const before = await api.get(`/api/editions/${plain.edition.id}`);
    expect(before.registrationSettings).toMatchObject({ registrationConfirmation: 'none', confirmationWindowMinutes: 30 });
    const after = await api.patch(`/api/editions/${plain.edition.id}`, { registrationConfirmation: 'email', confirmationWindowMinutes: 45 });
    expect(after.registrationSettings).toMatchObject({ registrationConfirmation: 'email', confirmationWindowMinutes: 45 });
    const audit = await t.dataSource.getRepository(AuditEntry).find({ where: { entityType: 'edition', entityId: plain.edition.id, action: 'update' }, order: { id: 'DESC' } });
    expect(JSON.stringify(audit[0])).toContain('"registrationConfirmation":"email"');
    // The public does not see how an edition takes registrations.
    const anonymous = await t.http.get(`/api/editions/${plain.edition.id}`).expect(200);
    expect(anonymous.body.registrationSettings).toBeUndefined();
    await t.http.patch(`/api/editions/${plain.edition.id}`).set('Authorization', `Bearer ${organizer}`).send({ registrationConfirmation: 'sms' }).expect(400);
    // Without the setting the answers stay: 201 with code and token, 409 for a registered address.
    const other = await publishedEditionWithForum(api, 'integrity', ++year);
    const created = await register(attendee(9, { sessionIds: [other.forum] }), 'en', other.edition.id).expect(201);
    expect(created.body.token).toBeDefined();
    expect(created.body.status).toBe('confirmed');
    await register(attendee(9, { sessionIds: [other.forum] }), 'en', other.edition.id).expect(409);
  });

  it('holds the seats of an unconfirmed registration: a burst never exceeds capacity, and nobody gets a code or token', async () => {
    const burst = await editionConfirmingByMail(3);
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => register(attendee(100 + i, { sessionIds: [burst.forum] }), 'zh-CN', burst.edition.id)));
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(202));
    for (const a of answers) {
      expect(Object.keys(a.body).sort()).toEqual(['message', 'status']);
      expect(a.body.status).toBe('unconfirmed');
      expect(a.body.message).toContain('请查收邮件');
    }
    const rows = await t.dataSource.getRepository(Registration).find({ where: { editionId: burst.edition.id } });
    expect(rows.map((r) => r.status)).toEqual(Array(12).fill('unconfirmed'));
    const seats = await seatsOf(...rows);
    expect(seats.filter((s) => s.status === 'confirmed')).toHaveLength(3);
    expect(seats.filter((s) => s.status === 'waitlisted')).toHaveLength(9);
    // Not attendees yet: the organizers' list marks them; the export and session counts leave them out.
    const list = await api.get(`/api/editions/${burst.edition.id}/registrations`);
    expect(list.map((r: { status: string }) => r.status)).toEqual(Array(12).fill('unconfirmed'));
    const csv = (await t.http.get(`/api/editions/${burst.edition.id}/registrations.csv`).set('Authorization', `Bearer ${organizer}`).expect(200)).text;
    expect(csv).not.toContain('attendee100@example.com');
    const attendance = await api.get(`/api/editions/${burst.edition.id}/attendance`);
    expect(attendance.unconfirmed).toBe(12);
    expect(attendance.sessions.find((s: { sessionId: number }) => s.sessionId === burst.forum)).toMatchObject({ confirmed: 0, waitlisted: 0 });
    // Each address got the request to confirm, and no confirmation yet.
    expect(await mailsTo('attendee100@example.com', 'confirmation_request')).toHaveLength(1);
    expect(await mailsTo('attendee100@example.com', 'confirmation')).toHaveLength(0);
  });

  it('confirms by the mailed link, on a page in Chinese, and the usual confirmation follows', async () => {
    await register(attendee(1, { sessionIds: [f.forum] })).expect(202);
    expect((await row('attendee1@example.com')).status).toBe('unconfirmed');
    const [request] = await mailsTo('attendee1@example.com', 'confirmation_request');
    expect(request.subject).toContain('请确认报名');
    expect(request.body.startsWith('您好：')).toBe(true);
    // Opening the link (as a mail scanner would) confirms nothing: it asks, with a button.
    const asked = await t.http.get(await confirmLinkOf('attendee1@example.com')).expect(200);
    expect(asked.text).toContain('确认报名');
    expect((await row('attendee1@example.com')).status).toBe('unconfirmed');
    const page = await shown(confirmBy(await confirmLinkOf('attendee1@example.com')));
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('lang="zh-CN"');
    expect(page.text).toContain('报名成功');
    expect(page.text).toContain((await row('attendee1@example.com')).code);
    expect((await row('attendee1@example.com')).status).toBe('confirmed');
    const [confirmation] = await mailsTo('attendee1@example.com', 'confirmation');
    expect(confirmation.body).toContain('/r/');
    // Following it again confirms nothing more and sends nothing more.
    await shown(confirmBy(await confirmLinkOf('attendee1@example.com')));
    expect(await mailsTo('attendee1@example.com', 'confirmation')).toHaveLength(1);
    // A wrong token is a page too (not found), never a confirmation.
    const wrong = await t.http.get(`/r/${(await row('attendee1@example.com')).code}/confirm?token=nope`);
    expect(wrong.status).toBe(404);
    expect(wrong.headers['content-type']).toContain('text/html');
  });

  it('makes it pending when the edition requires approval', async () => {
    const approval = await editionConfirmingByMail(5, { requiresApproval: true });
    await register(attendee(2, { sessionIds: [approval.forum] }), 'zh-CN', approval.edition.id).expect(202);
    const page = await shown(confirmBy(await confirmLinkOf('attendee2@example.com')));
    expect(page.text).toContain('报名已提交，等待主办方审核');
    expect((await row('attendee2@example.com', approval.edition.id)).status).toBe('pending');
  });

  it('cancels what is not confirmed in time: the timed job frees the seats and promotes the waitlist', async () => {
    const expiring = await editionConfirmingByMail(1);
    await register(attendee(3, { sessionIds: [expiring.forum] }), 'zh-CN', expiring.edition.id).expect(202);
    await register(attendee(4, { sessionIds: [expiring.forum] }), 'zh-CN', expiring.edition.id).expect(202);
    const link = await confirmLinkOf('attendee4@example.com');
    await confirmBy(link).then((res) => expect(res.status).toBe(200));
    const waiting = await t.dataSource.getRepository(Registration).findOneOrFail({ where: { editionId: expiring.edition.id, email: 'attendee4@example.com' } });
    expect((await seatsOf(waiting))[0].status).toBe('waitlisted');

    const service = t.app.get(RegistrationsService);
    // Before the deadline nothing happens.
    expect(await service.expireUnconfirmed(new Date())).toBe(0);
    const late = new Date(Date.now() + 31 * 60_000);
    // The burst's unconfirmed registrations of another edition expire with it.
    expect(await service.expireUnconfirmed(late)).toBeGreaterThanOrEqual(1);
    const expired = await t.dataSource.getRepository(Registration).findOneOrFail({ where: { editionId: expiring.edition.id, email: 'attendee3@example.com' } });
    expect(expired.status).toBe('cancelled');
    expect((await seatsOf(expired))[0].status).toBe('cancelled');
    const promoted = await t.dataSource.getRepository(Registration).findOneOrFail({ where: { editionId: expiring.edition.id, email: 'attendee4@example.com' } });
    expect((await seatsOf(promoted))[0].status).toBe('confirmed');
    expect(await mailsTo('attendee4@example.com', 'waitlist_promotion')).toHaveLength(1);
    // The expired registration's link now says so, on a page in Chinese.
    const page = await confirmBy(await confirmLinkOf('attendee3@example.com'));
    expect(page.status).toBe(410);
    expect(page.text).toContain('确认链接已过期');
    expect(page.text).toContain('lang="zh-CN"');
  });

  it('answers a registered address exactly as a new one, and tells the registered person by mail only', async () => {
    const known = await editionConfirmingByMail(10);
    await register(attendee(5, { sessionIds: [known.forum] }), 'zh-CN', known.edition.id).expect(202);
    await shown(confirmBy(await confirmLinkOf('attendee5@example.com')));
    const mailsBefore = (await mailsTo('attendee5@example.com')).length;

    const again = await register(attendee(5, { name: '另一人', sessionIds: [known.forum] }), 'zh-CN', known.edition.id);
    const fresh = await register(attendee(6, { sessionIds: [known.forum] }), 'zh-CN', known.edition.id);
    expect(again.status).toBe(202);
    expect(fresh.status).toBe(202);
    expect(again.body).toEqual(fresh.body);
    expect(Object.keys(again.headers).filter((h) => h !== 'date' && h !== 'x-response-time' && h !== 'content-length').sort()).toEqual(
      Object.keys(fresh.headers).filter((h) => h !== 'date' && h !== 'x-response-time' && h !== 'content-length').sort(),
    );
    // In English too, alike.
    const againEn = await register(attendee(5, { sessionIds: [known.forum] }), 'en', known.edition.id).expect(202);
    const freshEn = await register(attendee(7, { sessionIds: [known.forum] }), 'en', known.edition.id).expect(202);
    expect(againEn.body).toEqual(freshEn.body);
    expect(againEn.body.message).toContain('Check your mailbox');

    // The registered person got their links, the registration is untouched, nobody new is registered.
    const links = await mailsTo('attendee5@example.com', 'link_resend');
    expect(links.length).toBe(2);
    expect(links[0].body).toContain('/r/');
    expect((await mailsTo('attendee5@example.com')).length).toBe(mailsBefore + 2);
    expect(await t.dataSource.getRepository(Registration).countBy({ editionId: known.edition.id, email: 'attendee5@example.com' })).toBe(1);
    expect((await row('attendee5@example.com', known.edition.id)).name).toBe('参会者5');
    // The new address got the request to confirm.
    expect(await mailsTo('attendee6@example.com', 'confirmation_request')).toHaveLength(1);
    // The Idempotency-Key probe answers alike as well.
    const probeKnown = await t.http.post(`/api/editions/${known.edition.id}/registrations`).set('Idempotency-Key', 'probe-key-0001').send(attendee(5, { sessionIds: [known.forum] }));
    const probeNew = await t.http.post(`/api/editions/${known.edition.id}/registrations`).set('Idempotency-Key', 'probe-key-0002').send(attendee(8, { sessionIds: [known.forum] }));
    expect([probeKnown.status, probeNew.status]).toEqual([202, 202]);
    expect(probeKnown.body).toEqual(probeNew.body);
  });
});
