import { ADMIN, ADMIN_ENV, partnerToken, signIn } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/**
 * A partner posing as another body: a rename to "中国网络社会组织\u200d联合会" (a zero-width joiner)
 * passed the duplicate check and showed on the public page. Names are cleaned and compared by how
 * they read, and a partner's new name shows only once an organizer approves it.
 */
describe('look-alike names and partner renames', () => {
  let t: TestApp;
  let organizer: string;
  let partner: string;
  let shaanxi: { id: number; name: string };

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const publicName = async (id: number) => (await t.http.get(`/api/organizations/${id}`).expect(200)).body.name as string;

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    organizer = await signIn(t, ADMIN.email, ADMIN.password);
    [shaanxi] = (await t.http.get(`/api/organizations?q=${encodeURIComponent('陕西省网信办')}`)).body;
    partner = await partnerToken(t, organizer, shaanxi.id, 'shaanxi@partner.test');
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    ['a zero-width joiner', '中国网络社会组织\u200d联合会'],
    ['a right-to-left override', '中国网络社会组织联合\u202e会'],
    ['a Kangxi radical for 网', '中国⽹络社会组织联合会'],
    ['a space', '中国网络社会组织 联合会'],
    ['a trailing full stop', '中国网络社会组织联合会。'],
    ['the short name with full-width spaces', '中网联\u3000'],
  ])('refuses a partner’s new name that reads like another body’s: %s', async (_, name) => {
    const res = await t.http.patch('/api/partner/organization').set(as(partner)).send({ name }).expect(409);
    expect(res.body.errors).toHaveProperty('name');
    expect(await publicName(shaanxi.id)).toBe(shaanxi.name);
  });

  it('refuses the same look-alikes when an organizer creates a body', async () => {
    const res = await t.http.post('/api/organizations').set(as(organizer)).send({ name: '中国网络社会组织\u200b联合会。' }).expect(409);
    expect(res.body.message).toContain('中国网络社会组织联合会');
  });

  it('stores text without the characters a reader cannot see', async () => {
    const created = await t.http.post('/api/organizations').set(as(organizer)).send({ name: '某\u200d新机构', description: '简介\u202e反向\u0007', nameEn: 'ＮＥＷ Body' }).expect(201);
    const stored = (await t.http.get(`/api/organizations/${created.body.id}`).expect(200)).body;
    expect(stored.name).toBe('某新机构');
    expect(stored.nameEn).toBe('NEW Body');
    expect(stored.description).toBe('简介反向');
  });

  it('shows a partner’s new name only once an organizer approves it; the old name stays an alias', async () => {
    const asked = await t.http.patch('/api/partner/organization').set(as(partner)).send({ name: '陕西省网信办（新名称）' }).expect(200);
    expect(asked.body).toMatchObject({ name: shaanxi.name, pendingName: '陕西省网信办（新名称）' });
    expect(await publicName(shaanxi.id)).toBe(shaanxi.name);

    await t.http.get('/api/organizations/pending-names').set(as(partner)).expect(403);
    const pending = (await t.http.get('/api/organizations/pending-names').set(as(organizer)).expect(200)).body;
    expect(pending).toEqual([expect.objectContaining({ id: shaanxi.id, name: shaanxi.name, pendingName: '陕西省网信办（新名称）' })]);

    await t.http.post(`/api/organizations/${shaanxi.id}/pending-name/approve`).set(as(partner)).expect(403);
    const approved = (await t.http.post(`/api/organizations/${shaanxi.id}/pending-name/approve`).set(as(organizer)).expect(200)).body;
    expect(approved.name).toBe('陕西省网信办（新名称）');
    expect(approved.aliases).toContain(shaanxi.name);
    expect(await publicName(shaanxi.id)).toBe('陕西省网信办（新名称）');
    const found = (await t.http.get(`/api/organizations?q=${encodeURIComponent(shaanxi.name)}`).expect(200)).body;
    expect(found.map((o: { id: number }) => o.id)).toContain(shaanxi.id);
    await t.http.post(`/api/organizations/${shaanxi.id}/pending-name/approve`).set(as(organizer)).expect(404);
  });

  it('drops a refused name, and the audit trail has both decisions', async () => {
    await t.http.patch('/api/partner/organization').set(as(partner)).send({ name: '某冒名机构' }).expect(200);
    await t.http.post(`/api/organizations/${shaanxi.id}/pending-name/reject`).set(as(organizer)).expect(200);
    const own = (await t.http.get('/api/partner/organization').set(as(partner)).expect(200)).body;
    expect(own).toMatchObject({ name: '陕西省网信办（新名称）', pendingName: null });
    const audit = (await t.http.get("/api/audit?entityType=organization&limit=100").set(as(organizer)).expect(200)).body;
    const actions = JSON.stringify(audit);
    expect(actions).toContain('approve_rename');
    expect(actions).toContain('reject_rename');
  });
});
