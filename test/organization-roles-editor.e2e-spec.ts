import { ADMIN, ADMIN_ENV, partnerToken, signIn } from './support/accounts';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

/** The API behind the roles editor: every role row with its id, the order within a role, and a merge's preview. */
describe('organizations in roles: listing, order, merge preview', () => {
  let t: TestApp;
  let organizer: string;
  let api: ScheduleBuilder;

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    organizer = await signIn(t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(t, organizer);
  });
  afterAll(async () => {
    await t?.close();
  });

  const rolesOf = async (editionId: number) => (await api.get(`/api/editions/${editionId}/roles`)) as { id: number; role: string; officialName: string; displayOrder: number }[];

  it('lists an edition’s roles in programme order with their rows’ ids, and reorders one role', async () => {
    const edition = await api.edition('integrity', 2041, '2041-12-01', '2041-12-02');
    const [a, b, c, g] = await Promise.all(['排序单位一', '排序单位二', '排序单位三', '排序指导单位'].map((n) => api.organization(n)));
    for (const o of [a, b, c]) await api.post(`/api/editions/${edition.id}/roles`, { organizationId: o.id, role: 'host' });
    await api.post(`/api/editions/${edition.id}/roles`, { organizationId: g.id, role: 'guide' });

    const listed = await rolesOf(edition.id);
    expect(listed.map((r) => [r.role, r.officialName, r.displayOrder])).toEqual([
      ['guide', '排序指导单位', 1],
      ['host', '排序单位一', 1],
      ['host', '排序单位二', 2],
      ['host', '排序单位三', 3],
    ]);
    const hosts = listed.filter((r) => r.role === 'host').map((r) => r.id);

    const res = await t.http
      .put(`/api/editions/${edition.id}/roles/order`)
      .set('Authorization', `Bearer ${organizer}`)
      .send({ role: 'host', roleIds: [hosts[2], hosts[0], hosts[1]] })
      .expect(200);
    expect(res.body.filter((r: { role: string }) => r.role === 'host').map((r: { officialName: string }) => r.officialName)).toEqual(['排序单位三', '排序单位一', '排序单位二']);
    // The public edition shows the same order.
    const detail = await api.get(`/api/editions/${edition.id}`);
    expect(detail.roles.host.map((h: { name: string }) => h.name)).toEqual(['排序单位三', '排序单位一', '排序单位二']);

    // The audit trail says who reordered what.
    const audit = await api.get(`/api/audit?entityType=edition_role&editionId=${edition.id}`);
    expect(JSON.stringify(audit)).toContain('reorder');
  });

  it.each([
    ['one holder left out', 2042, (ids: number[]) => ids.slice(1)],
    ['a holder twice', 2043, (ids: number[]) => [ids[0], ids[0], ids[1]]],
    ['a row of another role', 2044, (ids: number[], other: number) => [ids[0], ids[1], other]],
  ])('refuses an order with %s (400 naming roleIds in Chinese), leaving the order as it was', async (_, year, make) => {
    const edition = await api.edition('integrity', year, `${year}-12-01`, `${year}-12-02`);
    const [a, b, c, g] = await Promise.all(['坏序一', '坏序二', '坏序三', '坏序指导'].map((n) => api.organization(`${n}${edition.id}`)));
    for (const o of [a, b, c]) await api.post(`/api/editions/${edition.id}/roles`, { organizationId: o.id, role: 'host' });
    const guide = await api.post(`/api/editions/${edition.id}/roles`, { organizationId: g.id, role: 'guide' });
    const hosts = (await rolesOf(edition.id)).filter((r) => r.role === 'host').map((r) => r.id);
    const res = await t.http
      .put(`/api/editions/${edition.id}/roles/order`)
      .set('Authorization', `Bearer ${organizer}`)
      .set('Accept-Language', 'zh-CN')
      .send({ role: 'host', roleIds: make(hosts, guide.id) })
      .expect(400);
    expect(res.body.errors.roleIds).toBe('应按新顺序列出本届大会该角色的全部 3 个单位，每个一次');
    expect((await rolesOf(edition.id)).filter((r) => r.role === 'host').map((r) => r.id)).toEqual(hosts);
  });

  it('answers 401 without a token, 404 for an unknown edition, 400 naming the role when it is not one', async () => {
    await t.http.get('/api/editions/integrity-2019/roles').expect(401);
    await t.http.get('/api/editions/999999/roles').set('Authorization', `Bearer ${organizer}`).expect(404);
    const res = await t.http.put('/api/editions/integrity-2019/roles/order').set('Authorization', `Bearer ${organizer}`).set('Accept-Language', 'en').send({ role: 'king', roleIds: [] }).expect(400);
    expect(res.body.errors).toHaveProperty('role');
  });

  it('previews a merge exactly as the merge then does it, writing nothing', async () => {
    const edition = await api.edition('integrity', 2095, '2095-12-01', '2095-12-02', { title: '2095年合并预览大会' });
    const forum = (await api.session(edition.id, { title: '合并预览分论坛', startsAt: '2095-12-01T14:00', endsAt: '2095-12-01T16:00' })).session.id;
    const kept = await api.organization('合并预览保留协会', { shortName: '预览保留' });
    const duplicate = await api.organization('合并预览重复协会', { shortName: '预览重复', aliases: ['预览重复别名'] });
    await api.post(`/api/editions/${edition.id}/roles`, { organizationId: kept.id, role: 'host' });
    await api.post(`/api/editions/${edition.id}/roles`, { organizationId: duplicate.id, role: 'host' });
    await api.post(`/api/editions/${edition.id}/roles`, { organizationId: duplicate.id, role: 'sponsor' });
    await api.patch(`/api/sessions/${forum}`, { hosts: [{ organizationId: duplicate.id }] });
    await partnerToken(t, organizer, duplicate.id, 'preview-partner@huiwu.test');

    const preview = await api.get(`/api/organizations/${kept.id}/merge-preview?duplicateId=${duplicate.id}`);
    expect(preview.kept).toMatchObject({ id: kept.id, name: '合并预览保留协会' });
    expect(preview.duplicate).toMatchObject({ id: duplicate.id, name: '合并预览重复协会' });
    expect(preview.editionRoles).toEqual(
      expect.arrayContaining([
        { role: 'host', where: '2095年合并预览大会', editionSlug: edition.slug, dropped: true },
        { role: 'sponsor', where: '2095年合并预览大会', editionSlug: edition.slug, dropped: false },
      ]),
    );
    expect(preview.editionRoles).toHaveLength(2);
    expect(preview.sessionRoles).toEqual([{ role: 'host', where: '2095年合并预览大会 · 合并预览分论坛', editionSlug: edition.slug, dropped: false }]);
    expect(preview.aliasesAdded.sort()).toEqual(['合并预览重复协会', '预览重复', '预览重复别名'].sort());
    expect(preview).toMatchObject({ partnerAccounts: 1, speakers: 0, attendeeListGrants: 0 });
    // Nothing moved.
    expect((await rolesOf(edition.id)).filter((r) => r.officialName === '合并预览重复协会')).toHaveLength(2);

    await api.post(`/api/organizations/${kept.id}/merge`, { duplicateId: duplicate.id }, 200);
    const after = await api.get(`/api/organizations/${kept.id}`);
    expect(after.aliases.sort()).toEqual(preview.aliasesAdded.sort());
    expect(after.editionRoles.map((r: { role: string }) => r.role).sort()).toEqual(['host', 'sponsor']);
    expect(after.sessionRoles).toHaveLength(1);
  });

  it('refuses to preview a merge into itself (400 naming duplicateId) or with an unknown duplicate (404)', async () => {
    const [one] = (await api.get(`/api/organizations?q=${encodeURIComponent('中网联')}`)) as { id: number }[];
    const self = await t.http.get(`/api/organizations/${one.id}/merge-preview?duplicateId=${one.id}`).set('Authorization', `Bearer ${organizer}`).set('Accept-Language', 'zh-CN').expect(400);
    expect(self.body.errors.duplicateId).toBe('应与保留的单位不同');
    const unknown = await t.http.get(`/api/organizations/${one.id}/merge-preview?duplicateId=99999`).set('Authorization', `Bearer ${organizer}`).expect(404);
    expect(unknown.body.errors.duplicateId).toBeDefined();
    await t.http.get(`/api/organizations/${one.id}/merge-preview?duplicateId=abc`).set('Authorization', `Bearer ${organizer}`).expect(400);
  });
});
