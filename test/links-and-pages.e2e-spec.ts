import { ReminderScheduler } from '../src/jobs/reminder-scheduler';
import { OutboxMessage } from '../src/notifications/entities/outbox-message.entity';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { asMail } from './support/outbox-mail';
import { asBuffer, pdfLinkUrls, pdfQrCodes, pdfText, urlsIn } from './support/pdf';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Every address Huiwu prints or sends opens a page: the links in the messages of the outbox,
 * in the printed program and on the ticket, and the ticket's QR code as a phone reads it.
 */
describe('printed and e-mailed links open pages', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let f: RegistrationFixture;
  let tiny: number;
  let base: string;
  let first: { code: string; token: string };
  let second: { code: string; token: string };

  const pdf = async (path: string) => {
    const res = await asBuffer(t.http.get(path)).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    return res.body as Buffer;
  };
  /** A printed or sent address, opened as the reader would: a 200 HTML page, not a 404 or the API's JSON. */
  const expectPage = async (url: string) => {
    expect(url.startsWith(base)).toBe(true);
    const target = new URL(url);
    const res = await t.http.get(`${target.pathname}${target.search}`);
    expect({ url, status: res.status, type: res.headers['content-type'] }).toEqual({ url, status: 200, type: expect.stringMatching(/^text\/html/) });
    expect(res.text).toMatch(/^<!doctype html>/i);
    return res;
  };

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    base = t.config.publicBaseUrl.origin;
    api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    // A year ahead of any clock the tests run under: registration is open.
    f = await publishedEditionWithForum(api, 'new-ecommerce', 2031, { venue: '长春国际会展中心' });
    tiny = (await api.session(f.edition.id, { title: '闭门研讨会', kind: 'seminar', startsAt: '2031-12-02T19:00', endsAt: '2031-12-02T20:00', capacity: 1 })).session.id;
    await api.post(`/api/editions/${f.edition.id}/releases`, { note: 'v2' });
    const register = (body: object) => t.http.post(`/api/editions/${f.edition.id}/registrations`).send(body).expect(201);
    // Confirmation (confirmed), confirmation (waitlisted), then a promotion when the seat is given up.
    first = (await register(attendee(1, { name: '郭全啟', sessionIds: [f.forum, tiny] }))).body;
    second = (await register(attendee(2, { sessionIds: [tiny] }))).body;
    await t.http.delete(`/api/registrations/${first.code}/sessions/${tiny}?token=${first.token}`).expect(200);
    // A session moved by a release, and the reminder the day before.
    await api.patch(`/api/sessions/${f.forum}`, { startsAt: '2031-12-01T14:30', endsAt: '2031-12-01T17:30' });
    await api.post(`/api/editions/${f.edition.id}/releases`, { note: 'moved' });
    await t.app.get(ReminderScheduler).run(new Date('2031-11-30T03:00:00Z'));
    // A registration awaiting approval, then approved.
    await api.patch(`/api/editions/${f.edition.id}`, { requiresApproval: true });
    const pending = (await register(attendee(3, { sessionIds: [f.forum] }))).body as { code: string };
    await api.post(`/api/registrations/${pending.code}/approve`, {}, 200);
    // "Resend my link".
    await t.http.post(`/api/editions/${f.edition.slug}/resend-link`).send({ email: 'attendee1@example.com' }).expect(202);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('puts the signed ticket code in the ticket’s QR code, as the address of a page saying the ticket is valid', async () => {
    const ticket = await pdf(`/api/registrations/${first.code}/ticket.pdf?token=${first.token}`);
    const codes = pdfQrCodes(ticket);
    expect(codes).toHaveLength(1);
    // No token in it: the code is signed by the server, so a phone at the door checks it offline.
    expect(codes[0]).toMatch(new RegExp(`^${base}/t/[A-Za-z0-9_-]{86,120}$`));
    const page = await expectPage(codes[0]);
    expect(page.text).toContain('<html lang="zh-CN">');
    for (const phrase of ['电子票', '郭全啟', first.code, '有效', '平台经济诚信建设分论坛', '2031年测试大会', '代表证']) expect(page.text).toContain(phrase);
    // Given up, so listed apart from the sessions it admits.
    const admits = page.text.slice(page.text.indexOf('可入场的场次'), page.text.indexOf('其他场次'));
    expect(admits).toContain('平台经济诚信建设分论坛');
    expect(admits).not.toContain('闭门研讨会');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).toContain('<meta name="robots" content="noindex, nofollow">');
    // Nobody signed in: no check-in action.
    expect(page.text).not.toContain('工作人员签到');

    // An English ticket opens the English page.
    const english = pdfQrCodes(await pdf(`/api/registrations/${first.code}/ticket.pdf?token=${first.token}&lang=en`));
    expect(english[0]).toMatch(/\?lang=en$/);
    expect((await expectPage(english[0])).text).toContain('<html lang="en">');
  });

  it('lets the ticket’s token and its signed code show the ticket and nothing else', async () => {
    const links = (await t.http.get(`/api/registrations/${first.code}?token=${first.token}`).expect(200)).body.links;
    const ticketToken = new URL(links.ticket as string, base).searchParams.get('token')!;
    expect(ticketToken).not.toBe(first.token);
    const [qr] = pdfQrCodes(await pdf(`/api/registrations/${first.code}/ticket.pdf?token=${first.token}`));
    const signed = new URL(qr).pathname.slice(3);
    for (const token of [ticketToken, signed]) {
      const encoded = encodeURIComponent(token);
      // Not the attendee's own page, nor the API's reads, changes or cancellations, nor another code's ticket.
      await t.http.get(`/r/${first.code}?token=${encoded}`).expect(404);
      await t.http.get(`/api/registrations/${first.code}?token=${encoded}`).expect(404);
      await t.http.patch(`/api/registrations/${first.code}?token=${encoded}`).send({ sessionIds: [] }).expect(404);
      await t.http.delete(`/api/registrations/${first.code}/sessions/${f.forum}?token=${encoded}`).expect(404);
      await t.http.delete(`/api/registrations/${first.code}?token=${encoded}`).expect(404);
      await t.http.get(`/t/${second.code}?token=${encoded}`).expect(404);
    }
    await t.http.get(`/t/${first.code}?token=${encodeURIComponent(ticketToken)}`).expect(200);
    await t.http.get(`/t/${first.code}?token=wrong`).expect(404);
    // A signed code altered by one character is nobody's ticket.
    const altered = signed.slice(0, 20) + (signed[20] === 'A' ? 'B' : 'A') + signed.slice(21);
    await t.http.get(`/t/${altered}`).expect(404);
    // The owner's token opens the ticket too, and the owner's pages link to it with the ticket token.
    await t.http.get(`/t/${first.code}?token=${encodeURIComponent(first.token)}`).expect(200);
    const manage = await t.http.get(`/r/${first.code}?token=${encodeURIComponent(first.token)}`).expect(200);
    expect(manage.text.replace(/&#x3D;/g, '=')).toContain(`href="${base}/t/${first.code}?token=${ticketToken}"`);
    // Still the registration it was.
    expect((await t.http.get(`/api/registrations/${first.code}?token=${first.token}`).expect(200)).body.status).toBe('confirmed');
  });

  it('says on the ticket page when the ticket does not let one in', async () => {
    const [qr] = pdfQrCodes(await pdf(`/api/registrations/${second.code}/ticket.pdf?token=${second.token}`));
    await t.http.delete(`/api/registrations/${second.code}?token=${second.token}`).expect(200);
    const page = await expectPage(qr);
    expect(page.text).toContain('报名已取消，票证无效');
  });

  it('opens every link of every message the outbox holds as a page', async () => {
    const mails = (await t.dataSource.getRepository(OutboxMessage).find({ order: { id: 'ASC' } })).map(asMail);
    expect(new Set(mails.map((m) => m.kind))).toEqual(new Set(['confirmation', 'waitlist_promotion', 'session_changed', 'reminder', 'approval', 'link_resend']));
    const links = [...new Set(mails.flatMap((m) => urlsIn(m.body)))];
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links) await expectPage(link);
  });

  it('opens every address printed in the program and on the ticket as a page', async () => {
    const documents = [
      await pdf(`/api/editions/${f.edition.slug}/program.pdf`),
      await pdf(`/api/editions/${f.edition.slug}/program.pdf?lang=en&size=a5`),
      await pdf(`/api/registrations/${first.code}/ticket.pdf?token=${first.token}`),
    ];
    const links = [...new Set(documents.flatMap((doc) => [...urlsIn(pdfText(doc)), ...pdfLinkUrls(doc), ...pdfQrCodes(doc)]))];
    expect(links.some((link) => link.includes('/t/'))).toBe(true);
    for (const link of links) await expectPage(link);
  });
});
