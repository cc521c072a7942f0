import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

describe('the guest list (嘉宾名单)', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let token: string;
  let editionId: number;
  let forum: number;

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    token = await signIn(t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(t, token);
    editionId = (await api.edition('integrity', 2036, '2036-12-01', '2036-12-02')).id;
    forum = (await api.session(editionId, { title: '闭门研讨会', startsAt: '2036-12-01T14:00', endsAt: '2036-12-01T16:00' })).session.id;
    await t.http.put(`/api/editions/${editionId}/guest-ranks`).set({ Authorization: `Bearer ${token}` }).send({ ranks: ['部级', '司局级', '处级'] }).expect(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  const zh = (req: ReturnType<TestApp['http']['post']>) => req.set({ Authorization: `Bearer ${token}`, 'Accept-Language': 'zh-CN' });

  it('keeps a guest with a normalised phone, a rank from the list and the sessions invited to', async () => {
    const guest = await api.post(`/api/editions/${editionId}/guests`, { name: '王处长', title: '处长', rank: '处级', phone: '138 1234 5678', email: 'Wang@Example.com', gender: 'male', sessionIds: [forum] });
    expect(guest).toMatchObject({ name: '王处长', phone: '+8613812345678', email: 'wang@example.com', rank: { name: '处级', position: 3 }, category: 'guest', reply: 'pending', sessionIds: [forum] });
    expect(guest.code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    await api.post(`/api/editions/${editionId}/guests`, { name: '李司长', rank: '司局级', email: 'li@example.com', gender: 'female', category: 'speaker' });
    const list = await api.get(`/api/editions/${editionId}/guests`);
    expect(list.map((g: { name: string }) => g.name)).toEqual(['李司长', '王处长']);
    expect((await api.get(`/api/editions/${editionId}/guests?sessionId=${forum}`)).map((g: { name: string }) => g.name)).toEqual(['王处长']);
  });

  it('refuses bad fields with a 400 naming them in Chinese, and a taken phone with a 409 naming the other guest', async () => {
    const bad = await zh(t.http.post(`/api/editions/${editionId}/guests`)).send({ name: '赵', phone: '12345', rank: '科级' }).expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['phone', 'rank']);
    expect(bad.body.errors.phone).toContain('不是有效的手机号码');
    expect(bad.body.errors.rank).toContain('部级、司局级、处级');
    expect(bad.body.message).toContain('「级别」');
    const none = await zh(t.http.post(`/api/editions/${editionId}/guests`)).send({ name: '无联系方式' }).expect(400);
    expect(none.body.errors.phone).toBe('手机号码和邮箱至少填写一项');
    const taken = await zh(t.http.post(`/api/editions/${editionId}/guests`)).send({ name: '重复', phone: '+86 13812345678' }).expect(409);
    expect(taken.body.message).toContain('王处长');
    expect(taken.body.errors.phone).toBeDefined();
  });

  it('keeps a rank a guest holds, and reorders the list without losing guests', async () => {
    const held = await zh(t.http.put(`/api/editions/${editionId}/guest-ranks`)).send({ ranks: ['部级', '处级'] }).expect(409);
    expect(held.body.message).toContain('司局级');
    const ranks = await t.http.put(`/api/editions/${editionId}/guest-ranks`).set({ Authorization: `Bearer ${token}` }).send({ ranks: ['处级', '部级', '司局级'] }).expect(200);
    expect(ranks.body.map((r: { name: string }) => r.name)).toEqual(['处级', '部级', '司局级']);
    const list = await api.get(`/api/editions/${editionId}/guests`);
    expect(list.map((g: { name: string; rank: { position: number } }) => [g.name, g.rank.position])).toEqual([['王处长', 1], ['李司长', 3]]);
  });

  it('refuses organizer routes to anyone not signed in', async () => {
    await t.http.get(`/api/editions/${editionId}/guests`).expect(401);
  });
});
