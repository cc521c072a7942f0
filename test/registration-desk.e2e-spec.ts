import { OutboxMessage } from '../src/notifications/entities/outbox-message.entity';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { asMail } from './support/outbox-mail';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

/** The registrations desk's API: search and filters, many decisions at once, cancellation with a reason, the link sent again, a registration's history. */
describe('the registrations desk', () => {
  let t: TestApp;
  let organizer: string;
  let api: ScheduleBuilder;
  let f: RegistrationFixture;

  const register = (body: object) => t.http.post(`/api/editions/${f.edition.id}/registrations`).set('Accept-Language', 'zh-CN').send(body).expect(201).then((r) => r.body as { code: string; status: string });
  const list = async (query: string) => ((await api.get(`/api/editions/${f.edition.id}/registrations?${query}`)) as { code: string; name: string }[]).map((r) => r.name).sort();
  const mails = async (kind: string) => (await t.dataSource.getRepository(OutboxMessage).find({ where: { kind: kind as never }, order: { id: 'ASC' } })).map(asMail);

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    organizer = await signIn(t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(t, organizer);
    f = await publishedEditionWithForum(api, 'new-ecommerce', 2036);
    await api.patch(`/api/editions/${f.edition.id}`, { requiresApproval: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds registrations by part of the name, the phone without its spaces, the code in any case, and by check-in', async () => {
    const a = await register(attendee(101, { name: '王小明', phone: '138 0013 8000', sessionIds: [f.forum] }));
    await register(attendee(102, { name: '李华', phone: '+86 139-0000-1111', sessionIds: [f.other] }));
    expect(await list(`q=${encodeURIComponent('小明')}`)).toEqual(['王小明']);
    expect(await list('q=13800138000')).toEqual(['王小明']);
    expect(await list(`q=${encodeURIComponent('139 0000')}`)).toEqual(['李华']);
    expect(await list(`q=${a.code.toLowerCase()}`)).toEqual(['王小明']);
    expect(await list('q=100%25')).toEqual([]);
    await api.post(`/api/registrations/${a.code}/approve`, {}, 200);
    await api.post(`/api/registrations/${a.code}/check-in`, {}, 200);
    expect(await list('checkedIn=yes')).toEqual(['王小明']);
    expect(await list('checkedIn=no')).toContain('李华');
    expect(await list('checkedIn=no')).not.toContain('王小明');
    const bad = await t.http.get(`/api/editions/${f.edition.id}/registrations?checkedIn=maybe`).set('Authorization', `Bearer ${organizer}`).set('Accept-Language', 'zh-CN').expect(400);
    expect(bad.body.errors).toHaveProperty('checkedIn');
  });

  it('approves many at once, each on its own: one already decided or of another edition refuses alone', async () => {
    const [x, y, z] = [await register(attendee(111, { sessionIds: [f.forum] })), await register(attendee(112, { sessionIds: [f.forum] })), await register(attendee(113, { sessionIds: [f.forum] }))];
    await api.post(`/api/registrations/${z.code}/reject`, {}, 200);
    const res = await t.http
      .post(`/api/editions/${f.edition.id}/registrations/decisions`)
      .set('Authorization', `Bearer ${organizer}`)
      .set('Accept-Language', 'zh-CN')
      .send({ codes: [x.code, y.code, z.code, 'NOPE-NOPE'], decision: 'approve' })
      .expect(200);
    expect(res.body).toEqual([
      { code: x.code, ok: true, status: 'confirmed', error: null },
      { code: y.code, ok: true, status: 'confirmed', error: null },
      { code: z.code, ok: false, status: null, error: `报名 ${z.code} 的状态为 rejected，不是待审核` },
      { code: 'NOPE-NOPE', ok: false, status: null, error: '本届大会没有报名 NOPE-NOPE' },
    ]);
    expect((await mails('approval')).filter((m) => [x.code, y.code].some((c) => m.body.includes(c)))).toHaveLength(2);
    const empty = await t.http.post(`/api/editions/${f.edition.id}/registrations/decisions`).set('Authorization', `Bearer ${organizer}`).set('Accept-Language', 'zh-CN').send({ codes: [], decision: 'maybe' }).expect(400);
    expect(Object.keys(empty.body.errors).sort()).toEqual(['codes', 'decision']);
  });

  it('cancels with a reason the attendee is told, frees the seat for the waitlist, and refuses a second time', async () => {
    const r = await register(attendee(121, { sessionIds: [f.forum] }));
    await api.post(`/api/registrations/${r.code}/approve`, {}, 200);
    const noReason = await t.http.post(`/api/registrations/${r.code}/cancellation`).set('Authorization', `Bearer ${organizer}`).set('Accept-Language', 'zh-CN').send({ reason: '  ' }).expect(400);
    expect(noReason.body.errors).toHaveProperty('reason');
    const cancelled = await api.post(`/api/registrations/${r.code}/cancellation`, { reason: '重复报名' }, 200);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.sessions.every((s: { status: string }) => s.status === 'cancelled')).toBe(true);
    const told = (await mails('cancellation')).find((m) => m.body.includes(r.code))!;
    expect(told.toAddress).toBe('attendee121@example.com');
    expect(told.body).toContain('原因：重复报名');
    const again = await t.http.post(`/api/registrations/${r.code}/cancellation`).set('Authorization', `Bearer ${organizer}`).set('Accept-Language', 'zh-CN').send({ reason: '再次' }).expect(409);
    expect(again.body.message).toBe(`报名 ${r.code} 已是cancelled状态，无需取消`);
  });

  it('mails the links again to the registration’s own address, and shows the history from the audit trail', async () => {
    const r = await register(attendee(131, { sessionIds: [f.forum] }));
    await api.post(`/api/registrations/${r.code}/approve`, {}, 200);
    await t.http.post(`/api/registrations/${r.code}/resend-link`).set('Authorization', `Bearer ${organizer}`).expect(204);
    const sent = (await mails('link_resend')).filter((m) => m.body.includes(r.code));
    expect(sent).toHaveLength(1);
    expect(sent[0].toAddress).toBe('attendee131@example.com');
    expect(sent[0].body).toMatch(new RegExp(`/r/${r.code}\\?token=`));
    await api.post(`/api/registrations/${r.code}/cancellation`, { reason: '本人要求' }, 200);

    const history = (await api.get(`/api/registrations/${r.code}/history`)) as { action: string; accountEmail: string; after: { reason?: string } }[];
    expect(history.map((h) => h.action)).toEqual(['approve', 'resend_link', 'cancel']);
    expect(history.every((h) => h.accountEmail === ADMIN.email)).toBe(true);
    expect(history[2].after.reason).toBe('本人要求');
    await t.http.get('/api/registrations/NOPE-NOPE/history').set('Authorization', `Bearer ${organizer}`).expect(404);
    await t.http.get(`/api/registrations/${r.code}/history`).expect(401);
  });
});
