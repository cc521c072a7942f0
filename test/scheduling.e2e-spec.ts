import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

describe('organizers schedule an edition', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let edition: { id: number; slug: string };
  let hall: { id: number };
  let salon: { id: number };

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    edition = await api.edition('integrity', 2026, '2026-12-01', '2026-12-02', { venue: '西安国际会议中心' });
    hall = await api.room(edition.id, '主会场', 800);
    salon = await api.room(edition.id, '第一会议室', 120);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates a draft edition, visible to organizers only', async () => {
    expect(edition).toMatchObject({ slug: 'integrity-2026', status: 'draft', timeZone: 'Asia/Shanghai' });
    await t.http.get('/api/editions/integrity-2026').expect(404);
    await api.get('/api/editions/integrity-2026');
    const clash = await t.http.post('/api/editions').set('Authorization', `Bearer ${await signIn(t, ADMIN.email, ADMIN.password)}`).send({ brand: 'integrity', year: 2026, title: 'x', startDate: '2026-12-01', endDate: '2026-12-01' });
    expect(clash.status).toBe(409);
    expect(clash.body.errors).toHaveProperty('year');
  });

  it('takes times as the edition’s wall time and shows them with the offset', async () => {
    const { session, warnings } = await api.session(edition.id, { kind: 'opening_ceremony', title: '开幕式', startsAt: '2026-12-01T09:00', endsAt: '2026-12-01T09:30', roomId: hall.id });
    expect(session.startsAt).toBe('2026-12-01T09:00:00+08:00');
    expect(session.endsAt).toBe('2026-12-01T09:30:00+08:00');
    expect(session.day).toBe('2026-12-01');
    expect(warnings).toEqual([]);
    // The same instant given in UTC is the same slot: it collides with the ceremony.
    const utc = await t.http
      .post(`/api/editions/${edition.id}/sessions`)
      .set('Authorization', `Bearer ${await signIn(t, ADMIN.email, ADMIN.password)}`)
      .send({ kind: 'main_forum', title: '主论坛', startsAt: '2026-12-01T01:15:00Z', endsAt: '2026-12-01T02:00:00Z', roomId: hall.id });
    expect(utc.status).toBe(409);
    expect(utc.body.conflicts[0]).toMatchObject({ code: 'room_overlap', otherSessionId: session.id });
    expect(utc.body.message).toContain('开幕式');
  });

  describe('errors refuse the write with 409 and name the conflict', () => {
    it('two sessions in one room overlapping in time', async () => {
      const first = await api.session(edition.id, { title: '平台经济分论坛', startsAt: '2026-12-01T14:00', endsAt: '2026-12-01T16:00', roomId: salon.id });
      const res = await api.session(edition.id, { title: '撞车分论坛', startsAt: '2026-12-01T15:30', endsAt: '2026-12-01T17:00', roomId: salon.id }, 409);
      expect(res.conflicts).toEqual([expect.objectContaining({ severity: 'error', code: 'room_overlap', otherSessionId: first.session.id, otherSessionTitle: '平台经济分论坛' })]);
      // Back to back is not an overlap.
      await api.session(edition.id, { title: '紧接分论坛', startsAt: '2026-12-01T16:00', endsAt: '2026-12-01T17:00', roomId: salon.id });
      // Moving a session onto another is refused the same way, and nothing is changed.
      const later = await api.session(edition.id, { title: '晚间活动', startsAt: '2026-12-01T19:00', endsAt: '2026-12-01T20:00', roomId: salon.id });
      await api.patch(`/api/sessions/${later.session.id}`, { startsAt: '2026-12-01T14:30', endsAt: '2026-12-01T15:00' }, 409);
      expect((await api.get(`/api/sessions/${later.session.id}`)).startsAt).toBe('2026-12-01T19:00:00+08:00');
    });

    it('a session outside the edition’s dates, judged in the edition’s zone', async () => {
      const before = await api.session(edition.id, { title: '提前', startsAt: '2026-11-30T20:00', endsAt: '2026-11-30T21:00' }, 409);
      expect(before.conflicts[0].code).toBe('outside_edition_dates');
      // 2026-12-02 23:00 in Shanghai is still the last day, though it is 15:00Z.
      await api.session(edition.id, { title: '夜场', startsAt: '2026-12-02T22:00', endsAt: '2026-12-02T23:00' });
      const after = await api.session(edition.id, { title: '次日凌晨', startsAt: '2026-12-03T00:30', endsAt: '2026-12-03T01:00' }, 409);
      expect(after.conflicts[0].code).toBe('outside_edition_dates');
    });

    it('an end before (or at) the start', async () => {
      const res = await api.session(edition.id, { title: '倒流', startsAt: '2026-12-01T11:00', endsAt: '2026-12-01T10:00' }, 409);
      expect(res.conflicts[0].code).toBe('ends_before_start');
      await api.session(edition.id, { title: '零时长', startsAt: '2026-12-01T11:00', endsAt: '2026-12-01T11:00' }, 409);
      const oneTime = await api.session(edition.id, { title: '只有开始', startsAt: '2026-12-01T11:00' }, 400);
      expect(oneTime.errors).toHaveProperty('endsAt');
    });

    it('a capacity above the room’s', async () => {
      const res = await api.session(edition.id, { title: '超员', startsAt: '2026-12-02T09:00', endsAt: '2026-12-02T10:00', roomId: salon.id, capacity: 121 }, 409);
      expect(res.conflicts[0]).toMatchObject({ code: 'capacity_above_room', roomId: salon.id });
      const ok = await api.session(edition.id, { title: '满员', startsAt: '2026-12-02T09:00', endsAt: '2026-12-02T10:00', roomId: salon.id, capacity: 120 });
      // Nor may the room shrink below it afterwards.
      const shrink = await api.patch(`/api/rooms/${salon.id}`, { capacity: 100 }, 409);
      expect(shrink.message).toContain(String(ok.session.id));
    });

    it('bad input is a 400 naming the field, never a 500', async () => {
      const cases: [object, string][] = [
        [{ kind: 'party' }, 'kind'],
        [{ startsAt: 'tomorrow', endsAt: '2026-12-01T10:00' }, 'startsAt'],
        [{ startsAt: '2026-13-01T09:00', endsAt: '2026-12-01T10:00' }, 'startsAt'],
        [{ capacity: -1 }, 'capacity'],
        [{ roomId: 'big' }, 'roomId'],
        [{ roomId: 999999 }, 'roomId'],
        [{ hosts: [{ organizationId: 999999 }] }, 'hosts[0].organizationId'],
        [{ title: '' }, 'title'],
        [{ surprise: true }, 'surprise'],
      ];
      for (const [body, field] of cases) {
        const res = await api.session(edition.id, body, 400);
        expect({ body, fields: Object.keys(res.errors) }).toEqual({ body, fields: expect.arrayContaining([field]) });
      }
      await api.session(999999, {}, 404);
    });
  });

  describe('warnings let the write through and are listed', () => {
    it('a speaker in two overlapping sessions, across editions of different brands', async () => {
      const other = await api.edition('new-ecommerce', 2026, '2026-12-01', '2026-12-01', { city: '长春' });
      const speaker = await api.speaker('郭全啟', '副会长');
      const here = await api.session(edition.id, { title: '诚信分论坛', startsAt: '2026-12-02T14:00', endsAt: '2026-12-02T15:00' });
      const there = await api.session(other.id, { title: '电商分论坛', startsAt: '2026-12-02T06:30Z'.replace('Z', '+00:00'), endsAt: '2026-12-02T07:30+00:00' }, 409);
      expect(there.conflicts[0].code).toBe('outside_edition_dates');
      await api.patch(`/api/editions/${other.id}`, { endDate: '2026-12-02' });
      const elsewhere = await api.session(other.id, { title: '电商分论坛', startsAt: '2026-12-02T14:30', endsAt: '2026-12-02T15:30' });
      await api.post(`/api/sessions/${here.session.id}/speakers`, { speakerId: speaker.id, role: 'speaker' });
      const added = await api.post(`/api/sessions/${elsewhere.session.id}/speakers`, { speakerId: speaker.id, role: 'moderator' });
      expect(added.warnings).toEqual([
        expect.objectContaining({ severity: 'warning', code: 'speaker_overlap', speakerId: speaker.id, otherSessionId: here.session.id, otherEditionId: edition.id }),
      ]);
      expect(added.session.speakers[0]).toMatchObject({ name: '郭全啟', role: 'moderator' });
      const listed = await api.get(`/api/editions/${edition.id}/conflicts`);
      expect(listed.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'speaker_overlap', sessionId: here.session.id, otherSessionId: elsewhere.session.id })]));
      const listedThere = await api.get(`/api/editions/${other.id}/conflicts`);
      expect(listedThere.warnings.map((w: { code: string }) => w.code)).toContain('speaker_overlap');
    });

    it('a hosting organization with two overlapping sub-forums', async () => {
      const host = await api.organization('陕西省网络文化协会');
      const a = await api.session(edition.id, { title: '青年分论坛', startsAt: '2026-12-02T10:00', endsAt: '2026-12-02T11:30', hosts: [{ organizationId: host.id }] });
      expect(a.warnings).toEqual([]);
      const b = await api.session(edition.id, { title: '公益分论坛', startsAt: '2026-12-02T11:00', endsAt: '2026-12-02T12:00', hosts: [{ organizationId: host.id }] });
      expect(b.warnings).toEqual([expect.objectContaining({ code: 'host_overlap', organizationId: host.id, otherSessionId: a.session.id })]);
      expect(b.session.hosts).toEqual([expect.objectContaining({ organizationId: host.id, name: '陕西省网络文化协会', role: 'host' })]);
      const { errors, warnings } = await api.get(`/api/editions/${edition.id}/conflicts`);
      expect(errors).toEqual([]);
      expect(warnings.filter((w: { code: string }) => w.code === 'host_overlap')).toHaveLength(2);
    });
  });

  describe('deleting what others refer to answers 409 and says what refers to it', () => {
    it('rooms, speakers, editions, brands and organizations', async () => {
      const room = await api.delete(`/api/rooms/${hall.id}`, 409);
      expect(room.message).toMatch(/\d+ sessions/);
      const brand = await api.delete('/api/brands/integrity', 409);
      expect(brand.message).toMatch(/\d+ editions/);
      const ed = await api.delete(`/api/editions/${edition.id}`, 409);
      expect(ed.message).toMatch(/sessions/);
      expect(ed.message).toMatch(/rooms/);
      const [cfis] = await api.get(`/api/organizations?q=${encodeURIComponent('中网联')}`);
      const org = await api.delete(`/api/organizations/${cfis.id}`, 409);
      expect(org.message).toMatch(/edition roles/);
      const speakers = await api.get(`/api/speakers?q=${encodeURIComponent('郭全啟')}`);
      const sp = await api.delete(`/api/speakers/${speakers[0].id}`, 409);
      expect(sp.message).toMatch(/session appearances/);
      // Nothing went: the room is still there.
      expect((await api.get(`/api/editions/${edition.id}/rooms`)).map((r: { id: number }) => r.id)).toContain(hall.id);
      // What nothing refers to can be deleted.
      const spare = await api.room(edition.id, '备用会议室');
      await api.delete(`/api/rooms/${spare.id}`);
    });
  });

  describe('edition roles and organizations', () => {
    it('names organizations in roles, in order, with the printed name', async () => {
      const [cac] = await api.get(`/api/organizations?q=${encodeURIComponent('国家网信办')}`);
      const [cfis] = await api.get(`/api/organizations?q=${encodeURIComponent('中网联')}`);
      await api.post(`/api/editions/${edition.id}/roles`, { organizationId: cac.id, role: 'guide', printedName: '国家网信办' });
      await api.post(`/api/editions/${edition.id}/roles`, { organizationId: cfis.id, role: 'host' });
      const sponsor = await api.organization('某科技有限公司', { kind: 'enterprise' });
      await api.post(`/api/editions/${edition.id}/roles`, { organizationId: sponsor.id, role: 'sponsor', sponsorTier: '金牌' });
      await api.post(`/api/editions/${edition.id}/roles`, { organizationId: cfis.id, role: 'host' }, 409);
      const detail = await api.get(`/api/editions/${edition.id}`);
      expect(Object.keys(detail.roles)).toEqual(['guide', 'host', 'sponsor']);
      expect(detail.roles.guide[0]).toMatchObject({ name: '国家网信办', officialName: '中共中央网络安全和信息化委员会办公室' });
      expect(detail.roles.sponsor[0]).toMatchObject({ name: '某科技有限公司', sponsorTier: '金牌' });
    });

    it('keeps every name to one organization, and merges two rows of one body', async () => {
      const taken = await api.post('/api/organizations', { name: '中网联' }, 409);
      expect(taken.errors.name).toContain('中网联');
      const kept = await api.organization('西安市互联网信息办公室', { shortName: '西安市网信办' });
      const duplicate = await api.organization('西安网信办', { aliases: ['西安市委网信办'] });
      await api.post(`/api/editions/${edition.id}/roles`, { organizationId: duplicate.id, role: 'organizer' });
      await api.post(`/api/organizations/${kept.id}/aliases`, { name: '西安网信办' }, 409);
      const merged = await api.post(`/api/organizations/${kept.id}/merge`, { duplicateId: duplicate.id }, 200);
      expect(merged.aliases).toEqual(expect.arrayContaining(['西安网信办', '西安市委网信办']));
      expect(merged.editionRoles).toEqual([expect.objectContaining({ role: 'organizer', editionId: edition.id })]);
      await api.get(`/api/organizations/${duplicate.id}`, 404);
      const found = await api.get(`/api/organizations?q=${encodeURIComponent('西安市委网信办')}`);
      expect(found.map((o: { id: number }) => o.id)).toEqual([kept.id]);
      const detail = await api.get(`/api/editions/${edition.id}`);
      expect(detail.roles.organizer[0]).toMatchObject({ id: kept.id, name: '西安网信办', officialName: '西安市互联网信息办公室' });
    });
  });

  it('records every write in the audit trail with before and after', async () => {
    const { session } = await api.session(edition.id, { title: '审计分论坛', startsAt: '2026-12-02T16:00', endsAt: '2026-12-02T17:00' });
    await api.patch(`/api/sessions/${session.id}`, { title: '审计分论坛（更名）' });
    const entries = await api.get(`/api/audit?editionId=${edition.id}&entityType=session`);
    const update = entries.find((e: { action: string; entityId: number }) => e.action === 'update' && e.entityId === session.id);
    expect(update).toMatchObject({ accountEmail: ADMIN.email, editionId: edition.id });
    expect(update.before.title).toBe('审计分论坛');
    expect(update.after.title).toBe('审计分论坛（更名）');
    const accounts = await api.get('/api/audit?entityType=account');
    for (const entry of accounts) expect(JSON.stringify(entry)).not.toContain('passwordHash');
  });
});
