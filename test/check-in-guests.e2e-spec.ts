import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { HIGH_VOLUME_ENV, startTestApp, TestApp } from './support/test-app';

/**
 * Invited guests (嘉宾) at the door: the signed code on a guest's badge is judged like a ticket —
 * admitted once per scope whatever the number of gates, `already` after, refused when the guest
 * declined or the badge was reprinted, checked against the sessions the guest is invited to — and
 * the gate's offline snapshot, its sync and the live counts know guests too.
 */
describe('guests at the door', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let token: string;
  let f: RegistrationFixture;
  let seq = 0;
  let phone = 13900139000;

  type Answer = { outcome: string; message: string; holder: string | null; name: string | null; organization: string | null; credential: { name: string } | null; session: string | null; first: { gate: string; by: string; at: string } | null };
  const scan = async (gateId: number, code: string, extra: object = {}) => (await api.post(`/api/gates/${gateId}/scans`, { code, deviceId: 'phone-1', clientScanId: `g-${++seq}`, ...extra }, 200)) as Answer;
  const guest = async (name: string, extra: object = {}) => {
    const created = await api.post(`/api/editions/${f.edition.id}/guests`, { name, organization: '国家互联网信息办公室', title: '司长', phone: String(++phone), ...extra });
    const credential = await api.get(`/api/guests/${created.id}/credential`);
    return { id: created.id as number, code: credential.ticketCode as string, url: credential.ticketUrl as string, typed: created.code as string };
  };
  const admissionsOf = async (guestId: number) => Number(((await t.dataSource.query('SELECT COUNT(*) AS n FROM check_in WHERE guest_id = ? AND admission IS NOT NULL', [guestId])) as { n: number | string }[])[0].n);

  beforeAll(async () => {
    t = await startTestApp({ env: { ...ADMIN_ENV, ...HIGH_VOLUME_ENV } });
    token = await signIn(t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(t, token);
    f = await publishedEditionWithForum(api, 'integrity', 2039);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('admits a guest once (name, organization, credential), then answers already: when, where, by whom', async () => {
    const official = await guest('郭全啟');
    const gate = await api.post(`/api/editions/${f.edition.id}/gates`, { name: '贵宾东门' });
    const admitted = await scan(gate.id, official.url);
    expect(admitted).toMatchObject({ outcome: 'admitted', holder: 'guest', name: '郭全啟', organization: '国家互联网信息办公室', credential: { name: '嘉宾证' } });
    const again = await scan(gate.id, official.code, { deviceId: 'phone-2' });
    expect(again).toMatchObject({ outcome: 'already', name: '郭全啟', first: { gate: '贵宾东门', by: ADMIN.email } });
    expect(again.message).toContain('贵宾东门');
    expect(await admissionsOf(official.id)).toBe(1);
    // The same scan sent twice (a retried sync) is one scan, answered alike.
    const other = await guest('周嘉宾');
    const first = await scan(gate.id, other.code, { clientScanId: 'guest-retried' });
    const retried = await scan(gate.id, other.code, { clientScanId: 'guest-retried' });
    expect([first.outcome, retried.outcome]).toEqual(['admitted', 'admitted']);
    // The supervisor counts them: people arrived, admissions at the gate, the duplicate scan.
    const counts = await api.get(`/api/editions/${f.edition.id}/check-in/counts`);
    expect(counts.arrived).toBeGreaterThanOrEqual(2);
    expect(counts.gates.find((g: { gateId: number }) => g.gateId === gate.id).admitted).toBe(2);
    expect(counts.duplicates.find((d: { name: string }) => d.name === '郭全啟')).toMatchObject({ holder: 'guest', gate: '贵宾东门' });
    expect(counts.expected).toBeGreaterThanOrEqual(2);
    // The badge's page gives signed-in check-in staff the check-in action, as a ticket's does; the public only the page.
    const staffView = await t.http.get(new URL(official.url).pathname).set('Cookie', `huiwu_session=${token}`).expect(200);
    expect(staffView.text).toContain(`action="/t/${official.code}/check-in"`);
    expect((await t.http.get(new URL(official.url).pathname).expect(200)).text).not.toContain('/check-in"');
  });

  it('admits a guest exactly once when four gates scan the badge at once', async () => {
    const people = await Promise.all(['甲', '乙', '丙'].map((n) => guest(`并发嘉宾${n}`)));
    const gates = await Promise.all([1, 2, 3, 4].map((n) => api.post(`/api/editions/${f.edition.id}/gates`, { name: `嘉宾${n}号门` })));
    const answers = await Promise.all(gates.flatMap((gate, n) => people.flatMap((p, i) => [0, 1].map((k) => scan(gate.id, p.code, { deviceId: `gate-${n}-${k}`, clientScanId: `c-${i}` })))));
    expect(answers.filter((a) => a.outcome === 'admitted')).toHaveLength(people.length);
    expect(answers.filter((a) => a.outcome === 'already')).toHaveLength(people.length * 7);
    for (const p of people) expect(await admissionsOf(p.id)).toBe(1);
  });

  it('refuses a guest who declined, the old code of a reprinted badge, and a session the guest is not invited to', async () => {
    const gate = await api.post(`/api/editions/${f.edition.id}/gates`, { name: '北门' });
    const declined = await guest('吴不来');
    await t.dataSource.query("UPDATE guest SET reply = 'declined' WHERE id = ?", [declined.id]);
    expect(await scan(gate.id, declined.code)).toMatchObject({ outcome: 'cancelled', name: '吴不来', message: 'The guest declined the invitation' });

    const lost = await guest('钱补证');
    const reprinted = await api.post(`/api/guests/${lost.id}/credential/reprint`, {}, 200);
    expect(reprinted.generation).toBe(2);
    expect(reprinted.ticketCode).not.toBe(lost.code);
    expect(await scan(gate.id, lost.code)).toMatchObject({ outcome: 'replaced', name: '钱补证' });
    // The old badge's page still opens and says it is void; the new one admits.
    expect((await t.http.get(new URL(lost.url).pathname).expect(200)).text).toContain('旧票证作废');
    expect((await scan(gate.id, reprinted.ticketCode)).outcome).toBe('admitted');
    // Reprinting is the organizers': check-in staff may not.
    await api.post('/api/team/members', { email: 'guest-door@huiwu.test', password: 'team member pw', displayName: '门岗', role: 'check_in', editionId: f.edition.id });
    const staff = await signIn(t, 'guest-door@huiwu.test', 'team member pw');
    await t.http.post(`/api/guests/${lost.id}/credential/reprint`).set('Authorization', `Bearer ${staff}`).expect(403);

    const forumGate = await api.post(`/api/editions/${f.edition.id}/gates`, { name: '分论坛贵宾入口', sessionIds: [f.forum] });
    const invited = await guest('孙受邀', { sessionIds: [f.forum] });
    const elsewhere = await guest('李别场', { sessionIds: [f.other] });
    expect(await scan(forumGate.id, invited.code)).toMatchObject({ outcome: 'admitted', session: expect.any(String) });
    expect(await scan(forumGate.id, elsewhere.code)).toMatchObject({ outcome: 'wrong_session', message: 'The guest is not invited to this session' });
    // A credential that does not admit to the gate's zone.
    const press = await guest('张记者', { category: 'media' });
    const tiers = await api.get(`/api/editions/${f.edition.id}/credential-tiers`);
    await api.patch(`/api/credential-tiers/${tiers.find((tier: { name: string }) => tier.name === '媒体证').id}`, { zones: ['媒体区'] });
    const vip = await api.post(`/api/editions/${f.edition.id}/gates`, { name: '贵宾室', zone: '贵宾区' });
    expect(await scan(vip.id, press.code)).toMatchObject({ outcome: 'wrong_session', credential: { name: '媒体证' } });
  });

  it('admits a guest by the invitation’s code typed at the door (spaces, lower case), once, and refuses it after the guest declined', async () => {
    const gate = await api.post(`/api/editions/${f.edition.id}/gates`, { name: '南门手输' });
    const typed = await guest('吴手输');
    expect(typed.typed).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    const admitted = await scan(gate.id, ` ${typed.typed.toLowerCase().replace('-', ' - ')} `);
    expect(admitted).toMatchObject({ outcome: 'admitted', holder: 'guest', name: '吴手输', credential: { name: '嘉宾证' } });
    expect(await scan(gate.id, typed.typed)).toMatchObject({ outcome: 'already', holder: 'guest', first: { gate: '南门手输' } });
    // The signed badge and the typed code are the same admission.
    expect((await scan(gate.id, typed.code)).outcome).toBe('already');
    expect(await admissionsOf(typed.id)).toBe(1);
    const declined = await guest('郑已谢绝');
    await t.dataSource.query("UPDATE guest SET reply = 'declined' WHERE id = ?", [declined.id]);
    expect(await scan(gate.id, declined.typed)).toMatchObject({ outcome: 'cancelled', holder: 'guest' });
    // A code nobody has is still unknown.
    expect((await scan(gate.id, 'ZZZZZ-ZZZZZ')).outcome).toBe('unknown');
  });

  it('puts guests in the gate’s offline snapshot, and judges their synced scans by scan time', async () => {
    const gate = await api.post(`/api/editions/${f.edition.id}/gates`, { name: '西门贵宾', sessionIds: [f.other] });
    const late = await guest('冯晚到', { sessionIds: [f.other] });
    const declined = await guest('陈谢绝', { sessionIds: [f.other] });
    await t.dataSource.query("UPDATE guest SET reply = 'declined' WHERE id = ?", [declined.id]);
    const snapshot = JSON.parse((await api.get(`/api/gates/${gate.id}/snapshot`)).payload);
    const names = snapshot.guests.map((g: unknown[]) => g[2]);
    expect(names).toContain('冯晚到');
    expect(names).not.toContain('陈谢绝');
    expect(names).not.toContain('孙受邀'); // invited to another session only
    expect(snapshot.guests.find((g: unknown[]) => g[0] === late.id)).toEqual([late.id, 1, '冯晚到', '国家互联网信息办公室', expect.any(Number), [f.other], late.typed]);

    // Device B scanned first but syncs second: it takes the admission over, A's becomes the duplicate.
    const early = new Date(Date.now() - 60_000).toISOString();
    const later = new Date(Date.now() - 20_000).toISOString();
    const a = await api.post(`/api/gates/${gate.id}/scans/sync`, { deviceId: 'guest-device-a', scans: [{ code: late.code, scannedAt: later, clientScanId: 'ga-1' }] }, 200);
    expect(a.answers[0]).toMatchObject({ outcome: 'admitted', holder: 'guest', name: '冯晚到' });
    const b = await api.post(`/api/gates/${gate.id}/scans/sync`, { deviceId: 'guest-device-b', scans: [{ code: late.code, scannedAt: early, clientScanId: 'gb-1' }] }, 200);
    expect(b.answers[0].outcome).toBe('admitted');
    // Synced again (the answer was lost): the same answer, no new row.
    expect((await api.post(`/api/gates/${gate.id}/scans/sync`, { deviceId: 'guest-device-b', scans: [{ code: late.code, scannedAt: early, clientScanId: 'gb-1' }] }, 200)).answers[0]).toMatchObject({ outcome: 'admitted', name: '冯晚到' });
    expect(await admissionsOf(late.id)).toBe(1);
    // A's scan is kept as the duplicate the offline device let in, pointing at B's.
    const rows = (await t.dataSource.query('SELECT id, outcome, offline, first_check_in_id AS first FROM check_in WHERE guest_id = ? ORDER BY scanned_at', [late.id])) as { id: number; outcome: string; offline: number | boolean; first: number | null }[];
    expect(rows.map((r) => [r.outcome, Boolean(r.offline)])).toEqual([
      ['admitted', true],
      ['duplicate', true],
    ]);
    expect(Number(rows[1].first)).toBe(Number(rows[0].id));
    // The next snapshot says who is in already.
    const after = JSON.parse((await api.get(`/api/gates/${gate.id}/snapshot`)).payload);
    expect(after.admittedGuests).toContainEqual([late.id, `s${f.other}`, early, '西门贵宾', ADMIN.email]);
    // A live scan now is a duplicate of device B's.
    expect((await scan(gate.id, late.code)).first!.at).toBe(early);
  });
});
