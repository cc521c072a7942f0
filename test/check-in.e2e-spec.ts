import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { asBuffer, pdfFonts, pdfQrCodes, pdfText } from './support/pdf';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { HIGH_VOLUME_ENV, startTestApp, TestApp } from './support/test-app';

/**
 * Door check-in through the API: signed ticket codes, gates, each outcome of a scan, reprinted
 * badges, credentials at the gate, offline scans synced late, concurrent gates, live counts,
 * badges and name cards.
 */
describe('check-in at the door', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let token: string;
  let f: RegistrationFixture;
  let base: string;
  let people: { code: string; token: string; name: string }[];
  let seq = 0;

  const pdf = async (path: string) => {
    const res = await asBuffer(t.http.get(path).set('Authorization', `Bearer ${token}`).set('Accept-Language', 'zh-CN')).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    return res.body as Buffer;
  };
  const ticketQr = async (person: { code: string; token: string }) => {
    const res = await asBuffer(t.http.get(`/api/registrations/${person.code}/ticket.pdf?token=${person.token}`)).expect(200);
    const [qr] = pdfQrCodes(res.body as Buffer);
    return qr;
  };
  const scan = async (gateId: number, code: string, extra: object = {}) =>
    (await api.post(`/api/gates/${gateId}/scans`, { code, deviceId: 'phone-1', clientScanId: `scan-${++seq}`, ...extra }, 200)) as {
      outcome: string;
      message: string;
      name: string | null;
      credential: { name: string } | null;
      first: { gate: string; by: string; at: string } | null;
    };

  beforeAll(async () => {
    t = await startTestApp({ env: { ...ADMIN_ENV, ...HIGH_VOLUME_ENV } });
    base = t.config.publicBaseUrl.origin;
    token = await signIn(t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(t, token);
    f = await publishedEditionWithForum(api, 'integrity', 2036);
    people = [];
    for (let i = 1; i <= 6; i++) {
      const name = ['赵晖', '欧阳明轩', '李娜', '王芳', '陈静', '刘洋'][i - 1];
      const sessionIds = i <= 4 ? [f.forum, f.other] : [f.other];
      const body = (await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(100 + i, { name, title: '处长', sessionIds })).expect(201)).body;
      people.push({ code: body.code, token: body.token, name });
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('prints a signed code whose page opens for anyone, and admits once at a gate of the whole edition', async () => {
    const qr = await ticketQr(people[0]);
    expect(qr).toMatch(new RegExp(`^${base}/t/[A-Za-z0-9_-]{86,120}$`));
    const page = await t.http.get(new URL(qr).pathname).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('赵晖');
    expect(page.text).toContain('有效');

    const gate = await api.post(`/api/editions/${f.edition.id}/gates`, { name: '东门' });
    const admitted = await scan(gate.id, qr);
    expect(admitted).toMatchObject({ outcome: 'admitted', name: '赵晖', credential: { name: '代表证' } });
    const again = await scan(gate.id, qr, { deviceId: 'phone-2' });
    expect(again.outcome).toBe('already');
    expect(again.first).toMatchObject({ gate: '东门', by: ADMIN.email });
    expect(again.message).toContain('东门');
    // When, on the edition's clock and in words (the structured `first.at` keeps the instant).
    const beijing = new Date(Date.parse(again.first!.at) + 8 * 3600_000);
    const clock = [beijing.getUTCHours(), beijing.getUTCMinutes(), beijing.getUTCSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
    expect(again.message).toContain(`${beijing.getUTCDate()} ${beijing.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })} ${beijing.getUTCFullYear()}, ${clock} Beijing time`);
    expect(again.message).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    // The typed registration code names the same ticket.
    expect((await scan(gate.id, people[0].code.toLowerCase())).outcome).toBe('already');
    // The same scan sent twice (a retried sync) is one scan, answered alike.
    const first = await scan(gate.id, people[1].code, { clientScanId: 'retried' });
    const retried = await scan(gate.id, people[1].code, { clientScanId: 'retried' });
    expect([first.outcome, retried.outcome]).toEqual(['admitted', 'admitted']);
    // English answers for English readers.
    const english = await t.http.post(`/api/gates/${gate.id}/scans`).set('Authorization', `Bearer ${token}`).set('Accept-Language', 'en').send({ code: 'nonsense', deviceId: 'phone-1', clientScanId: 'x-1' }).expect(200);
    expect(english.body).toMatchObject({ outcome: 'unknown', message: 'Unknown code' });
    // Bad input names the field, in the reader's language.
    const bad = await t.http.post(`/api/gates/${gate.id}/scans`).set('Authorization', `Bearer ${token}`).set('Accept-Language', 'zh-CN').send({ code: 'x', deviceId: 'bad id!', clientScanId: 'x-2' }).expect(400);
    expect(bad.body.errors.deviceId).toBe('「设备编号」格式不正确');
    await t.http.post(`/api/gates/${gate.id}/scans`).send({ code: 'x', deviceId: 'd', clientScanId: 'x-3' }).expect(401);
  });

  it('refuses a session gate for tickets without a seat there, cancelled tickets, and the code of a reprinted badge', async () => {
    const forumGate = await api.post(`/api/editions/${f.edition.id}/gates`, { name: '分论坛入口', sessionIds: [f.forum] });
    expect((await scan(forumGate.id, await ticketQr(people[4]))).outcome).toBe('wrong_session');
    expect((await scan(forumGate.id, await ticketQr(people[2]))).outcome).toBe('admitted');

    const cancelledQr = await ticketQr(people[3]);
    await t.http.delete(`/api/registrations/${people[3].code}?token=${people[3].token}`).expect(200);
    expect((await scan(forumGate.id, cancelledQr)).outcome).toBe('cancelled');
    expect((await t.http.get(new URL(cancelledQr).pathname).expect(200)).text).toContain('报名已取消');

    const oldQr = await ticketQr(people[5]);
    const reprinted = await api.post(`/api/registrations/${people[5].code}/credential/reprint`, {}, 200);
    expect(reprinted.generation).toBe(2);
    const otherGate = await api.post(`/api/editions/${f.edition.id}/gates`, { name: '次日入口', sessionIds: [f.other] });
    expect((await scan(otherGate.id, oldQr)).outcome).toBe('replaced');
    // The old code's page still opens, and says it is void; the new ticket's code admits.
    expect((await t.http.get(new URL(oldQr).pathname).expect(200)).text).toContain('旧票证作废');
    const newQr = await ticketQr(people[5]);
    expect(newQr).not.toBe(oldQr);
    expect(newQr).toBe(reprinted.ticketUrl);
    expect((await scan(otherGate.id, newQr)).outcome).toBe('admitted');
  });

  it('checks the credential: a tier that does not admit to the session or zone is refused', async () => {
    const tiers = await api.get(`/api/editions/${f.edition.id}/credential-tiers`);
    expect(tiers.map((tier: { name: string }) => tier.name)).toEqual(['嘉宾证', '代表证', '媒体证', '工作证']);
    const press = tiers.find((tier: { name: string }) => tier.name === '媒体证');
    await api.patch(`/api/credential-tiers/${press.id}`, { sessionIds: [f.other], zones: ['媒体区'] });
    await t.http.put(`/api/registrations/${people[1].code}/credential`).set('Authorization', `Bearer ${token}`).send({ tierId: press.id }).expect(200);
    const forumGate = await api.post(`/api/editions/${f.edition.id}/gates`, { name: '分论坛二号门', sessionIds: [f.forum] });
    // A seat in the forum, but a press credential that admits to the other session only.
    const refused = await scan(forumGate.id, await ticketQr(people[1]));
    expect(refused).toMatchObject({ outcome: 'wrong_session', credential: { name: '媒体证' } });
    await t.http.put(`/api/registrations/${people[4].code}/credential`).set('Authorization', `Bearer ${token}`).send({ tierId: press.id }).expect(200);
    const vip = await api.post(`/api/editions/${f.edition.id}/gates`, { name: '贵宾通道', zone: '贵宾区' });
    expect((await scan(vip.id, await ticketQr(people[4]))).outcome).toBe('wrong_session');
    const pressDoor = await api.post(`/api/editions/${f.edition.id}/gates`, { name: '媒体通道', zone: '媒体区' });
    expect((await scan(pressDoor.id, await ticketQr(people[4]))).outcome).toBe('admitted');
    // A bad colour names the field.
    const bad = await t.http.post(`/api/editions/${f.edition.id}/credential-tiers`).set('Authorization', `Bearer ${token}`).set('Accept-Language', 'zh-CN').send({ name: '观察员证', color: 'red' }).expect(400);
    expect(bad.body.errors.color).toContain('颜色');
    await t.http.post(`/api/editions/${f.edition.id}/credential-tiers`).set('Authorization', `Bearer ${token}`).send({ name: '嘉宾证', color: '#123456' }).expect(409);
  });

  it('keeps the first scan by scan time when offline devices sync late, and reports the other as a duplicate', async () => {
    const gate = await api.post(`/api/editions/${f.edition.id}/gates`, { name: '西门', sessionIds: [f.other] });
    const snapshot = await api.get(`/api/gates/${gate.id}/snapshot`);
    const content = JSON.parse(snapshot.payload);
    expect(content.tickets.map((ticket: unknown[]) => ticket[3])).toContain('刘洋');
    expect(snapshot.signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    const qr = await ticketQr(people[4]);
    // Device B scanned first but syncs second (scan times are the devices' clocks, in the past).
    const early = new Date(Date.now() - 60_000).toISOString();
    const late = new Date(Date.now() - 20_000).toISOString();
    const a = await api.post(`/api/gates/${gate.id}/scans/sync`, { deviceId: 'device-a', scans: [{ code: qr, scannedAt: late, clientScanId: 'a-1' }] }, 200);
    expect(a.answers[0].outcome).toBe('admitted');
    const b = await api.post(`/api/gates/${gate.id}/scans/sync`, { deviceId: 'device-b', scans: [{ code: qr, scannedAt: early, clientScanId: 'b-1' }] }, 200);
    expect(b.answers[0].outcome).toBe('admitted');
    // Synced again (the device lost the answer): the same answer, no new row.
    expect((await api.post(`/api/gates/${gate.id}/scans/sync`, { deviceId: 'device-b', scans: [{ code: qr, scannedAt: early, clientScanId: 'b-1' }] }, 200)).answers[0].outcome).toBe('admitted');
    const counts = await api.get(`/api/editions/${f.edition.id}/check-in/counts`);
    const duplicate = counts.duplicates.find((d: { name: string }) => d.name === '陈静');
    expect(duplicate).toMatchObject({ offline: true, by: ADMIN.email });
    expect(duplicate.scannedAt).toBe(late);
    expect(duplicate.first.at).toBe(early);
    expect(counts.sessions.find((s: { sessionId: number | null }) => s.sessionId === f.other).admitted).toBeGreaterThanOrEqual(1);
    // A live scan now is a duplicate of device B's.
    const live = await scan(gate.id, qr);
    expect(live.outcome).toBe('already');
    expect(live.first!.at).toBe(early);
  });

  it('admits every ticket exactly once when four gates scan the same tickets at once', async () => {
    const year = 2037;
    const g = await publishedEditionWithForum(api, 'integrity', year);
    const codes: string[] = [];
    for (let i = 0; i < 24; i++) {
      const body = (await t.http.post(`/api/editions/${g.edition.id}/registrations`).send(attendee(500 + i, { sessionIds: [g.other] })).expect(201)).body;
      codes.push((await api.get(`/api/registrations/${body.code}/credential`)).ticketCode);
    }
    const gates = await Promise.all([1, 2, 3, 4].map((n) => api.post(`/api/editions/${g.edition.id}/gates`, { name: `${n}号门` })));
    const answers = await Promise.all(
      gates.flatMap((gate, n) => codes.map((code, i) => scan(gate.id, code, { deviceId: `gate-${n}`, clientScanId: `c-${i}` }))),
    );
    const admitted = answers.filter((answer) => answer.outcome === 'admitted');
    expect(admitted).toHaveLength(codes.length);
    expect(answers.filter((answer) => answer.outcome === 'already')).toHaveLength(codes.length * 3);
    const counts = await api.get(`/api/editions/${g.edition.id}/check-in/counts`);
    expect(counts.arrived).toBe(codes.length);
    expect(counts.duplicateCount).toBe(codes.length * 3);
  });

  it('lets check-in staff scan and watch the counts, but not change gates or tiers; a viewer only watches', async () => {
    const gate = await api.post(`/api/editions/${f.edition.id}/gates`, { name: '员工通道' });
    const member = async (who: string, role: string) => {
      const email = `${who}@huiwu.test`;
      await api.post('/api/team/members', { email, password: 'team member pw', displayName: who, role, editionId: f.edition.id });
      return signIn(t, email, 'team member pw');
    };
    const staff = await member('door-staff', 'check_in');
    const viewer = await member('door-viewer', 'viewer');
    const as = (who: string) => ({ Authorization: `Bearer ${who}` });
    const body = { code: people[2].code, deviceId: 'staff-phone', clientScanId: 'staff-1' };
    expect((await t.http.post(`/api/gates/${gate.id}/scans`).set(as(staff)).send(body).expect(200)).body.outcome).toMatch(/admitted|already/);
    await t.http.get(`/api/gates/${gate.id}/snapshot`).set(as(staff)).expect(200);
    await t.http.get(`/api/editions/${f.edition.id}/check-in/counts`).set(as(staff)).expect(200);
    await t.http.post(`/api/editions/${f.edition.id}/gates`).set(as(staff)).send({ name: '私设通道' }).expect(403);
    await t.http.post(`/api/registrations/${people[2].code}/credential/reprint`).set(as(staff)).expect(403);
    await t.http.get(`/api/editions/${f.edition.id}/check-in/counts`).set(as(viewer)).expect(200);
    await t.http.post(`/api/gates/${gate.id}/scans`).set(as(viewer)).send({ ...body, clientScanId: 'viewer-1' }).expect(403);
    // The scanner page is the staff's; the page asks the same question.
    await t.http.get(`/check-in/gates/${gate.id}`).set('Cookie', `huiwu_session=${staff}`).expect(200);
    await t.http.get(`/check-in/gates/${gate.id}`).set('Cookie', `huiwu_session=${viewer}`).expect(403);
  });

  it('prints badges and name cards of every chosen person, with the fonts embedded as subsets', async () => {
    const badges = await pdf(`/api/editions/${f.edition.id}/badges.pdf?format=card&sessionId=${f.other}`);
    const text = pdfText(badges).replace(/\s+/g, '');
    for (const name of ['赵晖', '欧阳明轩', '李娜', '陈静', '刘洋']) expect(text).toContain(name);
    expect(text).not.toContain('王芳'); // cancelled
    for (const font of pdfFonts(badges)) expect([font.embedded, font.subset]).toEqual([true, true]);
    // Each badge's QR opens its ticket page.
    for (const qr of pdfQrCodes(badges)) {
      const page = await t.http.get(new URL(qr).pathname).expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
    }
    const cards = await pdf(`/api/editions/${f.edition.id}/name-cards.pdf?codes=${people[0].code},${people[2].code}`);
    const cardText = pdfText(cards).replace(/\s+/g, '');
    expect(cardText.split('赵晖').length - 1).toBe(2);
    expect(cardText.split('李娜').length - 1).toBe(2);
    for (const font of pdfFonts(cards)) expect([font.embedded, font.subset]).toEqual([true, true]);
    // Guests hold credentials by their category: 嘉宾证 for guests and speakers, 媒体证 for the press.
    const official = await api.post(`/api/editions/${f.edition.id}/guests`, { name: '郭全啟', organization: '国家互联网信息办公室', title: '司长', phone: '13800138001' });
    await api.post(`/api/editions/${f.edition.id}/guests`, { name: '张记者', organization: '人民网', category: 'media', phone: '13800138002' });
    const guests = pdfText(await pdf(`/api/editions/${f.edition.id}/badges.pdf?who=guests&format=a6`)).replace(/\s+/g, '');
    expect(guests).toContain('郭全啟');
    expect(guests).toContain('嘉宾证');
    expect(guests).toContain('张记者');
    expect(guests).toContain('媒体证');
    expect(guests).not.toContain('赵晖');
    // Each guest's badge carries the guest's own signed code, read by a real decoder: it opens the guest's ticket page.
    const guestQrs = pdfQrCodes(await pdf(`/api/editions/${f.edition.id}/badges.pdf?who=guests&format=card`));
    expect(guestQrs).toHaveLength(2);
    const seen: string[] = [];
    for (const qr of guestQrs) {
      expect(qr).toMatch(new RegExp(`^${base}/t/[A-Za-z0-9_-]{86,120}$`));
      const page = await t.http.get(new URL(qr).pathname).expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain('有效');
      seen.push(page.text.includes('郭全啟') ? '郭全啟' : page.text.includes('张记者') ? '张记者' : '?');
      if (page.text.includes('张记者')) expect(page.text).toContain('媒体证');
    }
    expect(seen.sort()).toEqual(['张记者', '郭全啟'].sort());
    // The organizers' API names the same code and page; a gate admits the guest by it (test/check-in-guests.e2e-spec.ts).
    const credential = await api.get(`/api/guests/${official.id}/credential`);
    expect(credential).toMatchObject({ name: '郭全啟', tier: { name: '嘉宾证' } });
    expect(guestQrs).toContain(credential.ticketUrl);
    expect((await t.http.get(new URL(credential.ticketUrl).pathname).expect(200)).text).toContain('嘉宾证');
    await t.http.get(`/api/guests/999999/credential`).set('Authorization', `Bearer ${token}`).expect(404);
    const door = await api.post(`/api/editions/${f.edition.id}/gates`, { name: '嘉宾通道' });
    expect(await scan(door.id, credential.ticketUrl)).toMatchObject({ outcome: 'admitted', name: '郭全啟', credential: { name: '嘉宾证' } });
    await t.http.get(`/api/editions/${f.edition.id}/badges.pdf?format=poster`).set('Authorization', `Bearer ${token}`).expect(400);
    await t.http.get(`/api/editions/${f.edition.id}/badges.pdf?codes=AAAAA-AAAAA`).set('Authorization', `Bearer ${token}`).expect(404);
  });

  it('answers a signed code altered anywhere as unknown, never as the ticket it imitates', async () => {
    const qr = await ticketQr(people[4]);
    const genuine = Buffer.from(new URL(qr).pathname.slice('/t/'.length), 'base64url');
    const altered = (index: number) => {
      const bytes = Buffer.from(genuine);
      bytes[index] ^= 1;
      return `${base}/t/${bytes.toString('base64url')}`;
    };
    const gate = await api.post(`/api/editions/${f.edition.id}/gates`, { name: '验签通道' });
    // Byte 2 is among the claims (edition, registration, printing): another ticket's, under this one's signature.
    for (const code of [altered(2), altered(genuine.length - 1), altered(genuine.length - 40)]) {
      expect(await scan(gate.id, code)).toMatchObject({ outcome: 'unknown', name: null });
    }
    // The code as printed is this attendee's, and admissible here.
    expect(['admitted', 'already']).toContain((await scan(gate.id, qr)).outcome);
  });
});
