import { OutboxMessage } from '../src/notifications/entities/outbox-message.entity';
import { GuestInvitationsService } from '../src/guests/guest-invitations.service';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { asMail } from './support/outbox-mail';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { HIGH_VOLUME_ENV, startTestApp, TestApp } from './support/test-app';

type Guest = { id: number; code: string; name: string; reply: string; deputy: { state: string; name: string | null } };

describe('invitations and replies (参会回执)', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let f: RegistrationFixture;
  const guests: Record<string, Guest> = {};

  beforeAll(async () => {
    t = await startTestApp({ env: { ...ADMIN_ENV, ...HIGH_VOLUME_ENV, JOBS_ENABLED: 'false' } });
    api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    f = await publishedEditionWithForum(api);
    for (const [key, body] of Object.entries({
      both: { name: '刘主任', email: 'liu@example.cn', phone: '13811110001', sessionIds: [f.forum] },
      mailOnly: { name: '陈司长', email: 'chen@example.cn', category: 'speaker', sessionIds: [f.forum] },
      phoneOnly: { name: '周记者', phone: '13811110003', category: 'media', sessionIds: [f.other] },
      late: { name: '吴处长', email: 'wu@example.cn' },
    })) {
      guests[key] = await api.post(`/api/editions/${f.edition.id}/guests`, body);
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  const outbox = () => t.dataSource.getRepository(OutboxMessage).find({ order: { id: 'ASC' } });
  const linkOf = async (guest: Guest) => {
    const mail = (await outbox()).map(asMail).find((m) => m.template === 'guest_invitation' && m.channel === 'email' && m.dedupeKey.includes(`:${guest.id}:`));
    const url = new URL(/https?:\/\/\S+/.exec(mail!.body)![0]);
    return { path: url.pathname, token: url.searchParams.get('token')! };
  };
  const reply = (guest: Guest, token: string, body: object) => t.http.put(`/api/guest-replies/${guest.code}?token=${token}`).set('Accept-Language', 'zh-CN').send(body);

  it('sends each guest the personal link and code by e-mail and by SMS, once', async () => {
    const sent = await api.post(`/api/editions/${f.edition.id}/guest-invitations`, {}, 200);
    expect(sent).toEqual({ invited: 4, emails: 3, texts: 2 });
    expect(await api.post(`/api/editions/${f.edition.id}/guest-invitations`, {}, 200)).toEqual({ invited: 0, emails: 0, texts: 0 });
    const rows = await outbox();
    expect(rows.map((r) => [r.channel, r.address]).sort()).toEqual([
      ['email', 'chen@example.cn'],
      ['email', 'liu@example.cn'],
      ['email', 'wu@example.cn'],
      ['sms', '+8613811110001'],
      ['sms', '+8613811110003'],
    ]);
    const mail = rows.map(asMail).find((m) => m.address === 'liu@example.cn')!;
    expect(mail.subject).toBe(`参会邀请：${'2036年测试大会'}`);
    expect(mail.body).toContain(guests.both.code);
    const { path } = await linkOf(guests.both);
    expect(path).toBe(`/g/${guests.both.code}`);
  });

  it('takes the reply by the link: attend, decline, or a deputy, whom the organizer approves', async () => {
    const liu = await linkOf(guests.both);
    await t.http.get(`/api/guest-replies/${guests.both.code}?token=wrong${liu.token.slice(5)}`).expect(404);
    const view = await t.http.get(`/api/guest-replies/${guests.both.code}?token=${liu.token}`).expect(200);
    expect(view.body).toMatchObject({ name: '刘主任', reply: 'pending', open: true, sessions: [{ id: f.forum, title: '平台经济诚信建设分论坛' }] });
    expect((await reply(guests.both, liu.token, { reply: 'attending' }).expect(200)).body.reply).toBe('attending');

    const chen = await linkOf(guests.mailOnly);
    const missing = await reply(guests.mailOnly, chen.token, { reply: 'deputy', deputyName: '张副司长' }).expect(400);
    expect(missing.body.errors.deputyPhone).toBe('换人出席时须填写代表的姓名和手机号码');
    expect(missing.body.message).toContain('「代表手机号码」');
    const asked = await reply(guests.mailOnly, chen.token, { reply: 'deputy', deputyName: '张副司长', deputyTitle: '副司长', deputyPhone: '139 1111 2222' }).expect(200);
    expect(asked.body.deputy).toEqual({ state: 'requested', name: '张副司长', title: '副司长', phone: '+8613911112222' });

    const decided = await api.post(`/api/guests/${guests.mailOnly.id}/deputy-decision`, { approve: true }, 200);
    expect(decided.deputy.state).toBe('approved');
    await api.post(`/api/guests/${guests.mailOnly.id}/deputy-decision`, { approve: true }, 409);
    const told = (await outbox()).map(asMail).find((m) => m.template === 'guest_deputy')!;
    expect(told.address).toBe('chen@example.cn');
    expect(told.body).toContain('已同意由张副司长代您出席');

    const wu = await linkOf(guests.late);
    await reply(guests.late, wu.token, { reply: 'declined' }).expect(200);
  });

  it('counts the replies per session and category', async () => {
    const rows = await api.get(`/api/editions/${f.edition.id}/guest-replies`);
    const line = (sessionId: number | null, category: string) => rows.find((r: { sessionId: number | null; category: string }) => r.sessionId === sessionId && r.category === category);
    expect(line(f.forum, 'guest')).toMatchObject({ attending: 1, total: 1 });
    expect(line(f.forum, 'speaker')).toMatchObject({ deputy: 1, total: 1, categoryLabel: 'speaker' });
    expect(line(f.other, 'media')).toMatchObject({ pending: 1, total: 1 });
    expect(line(null, 'guest')).toMatchObject({ declined: 1, total: 1 });
  });

  it('reminds only those who have not replied, three days after the invitation, once per three days', async () => {
    const invitations = t.app.get(GuestInvitationsService);
    const now = Date.now();
    expect(await invitations.remindUnreplied(new Date(now + 2 * 86_400_000))).toBe(0);
    expect(await invitations.remindUnreplied(new Date(now + 4 * 86_400_000))).toBe(1);
    expect(await invitations.remindUnreplied(new Date(now + 5 * 86_400_000))).toBe(0);
    const reminders = (await outbox()).filter((m) => m.template === 'guest_reminder');
    expect(reminders.map((m) => [m.channel, m.address])).toEqual([['sms', '+8613811110003']]);
  });

  it('lets into an invite-only session only the guests invited to it (the approved deputy in the guest’s place)', async () => {
    await api.post(`/api/editions/${f.edition.id}/guests`, { name: '未受邀', email: 'uninvited@example.cn', sessionIds: [f.other] });
    const res = await t.http.put(`/api/sessions/${f.forum}/invite-only`).set('Authorization', `Bearer ${await signIn(t, ADMIN.email, ADMIN.password)}`).send({ inviteOnly: true }).expect(200);
    expect(res.body).toEqual({ sessionId: f.forum, inviteOnly: true });
    const stranger = await t.http.post(`/api/editions/${f.edition.id}/registrations`).set('Accept-Language', 'zh-CN').send(attendee(1, { sessionIds: [f.forum] })).expect(422);
    expect(stranger.body.errors['sessionIds[0]']).toBe(`场次 ${f.forum} 仅限受邀嘉宾报名`);
    await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(2, { email: 'uninvited@example.cn', sessionIds: [f.forum] })).expect(422);
    await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(3, { email: 'liu@example.cn', sessionIds: [f.forum] })).expect(201);
    // 陈司长 sends a deputy: the deputy registers with the phone given, 陈司长 no longer may.
    await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(4, { email: 'chen@example.cn', sessionIds: [f.forum] })).expect(422);
    await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(5, { name: '张副司长', email: 'zhang@example.cn', phone: '13911112222', sessionIds: [f.forum] })).expect(201);
    // Sessions that are not invite-only stay open to all.
    await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(6, { sessionIds: [f.other] })).expect(201);
  });
});
