import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { recordQueries } from './support/query-counter';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

/**
 * At the door every gate scans at once, so the statements of one scan decide how many people a
 * second the server admits (the bench compares it with a plain mysql2 client running the same
 * ones). These pin them down: the signature is checked in memory, the gate and what it is made of
 * come with the one read the scan needs anyway, and one INSERT that a unique key guards admits.
 */
describe('the statements of one scan at the door', () => {
  let t: TestApp;
  let f: RegistrationFixture;
  let api: ScheduleBuilder;
  let token: string;
  let gateId: number;
  let sessionGateId: number;
  const codes: string[] = [];
  const registrationIds: number[] = [];
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    token = await signIn(t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(t, token);
    f = await publishedEditionWithForum(api, 'integrity', 2038);
    for (let i = 0; i < 4; i++) {
      const body = (await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(700 + i, { sessionIds: [f.forum] })).expect(201)).body;
      codes.push((await api.get(`/api/registrations/${body.code}/credential`)).ticketCode);
      const [row] = (await t.dataSource.query('SELECT id FROM registration WHERE code = ?', [body.code])) as { id: number }[];
      registrationIds.push(Number(row.id));
    }
    gateId = (await api.post(`/api/editions/${f.edition.id}/gates`, { name: '东门' })).id;
    sessionGateId = (await api.post(`/api/editions/${f.edition.id}/gates`, { name: '分论坛入口', sessionIds: [f.forum] })).id;
    // The first scan warms what the server keeps in memory (the sign-in, the gate's edition).
    await scanAt(gateId, codes[3]);
    await scanAt(sessionGateId, codes[3]);
  });
  afterAll(async () => {
    await t?.close();
  });

  const scanAt = (gate: number, code: string, deviceId = 'phone-1') =>
    recordQueries(t.dataSource, async () => (await t.http.post(`/api/gates/${gate}/scans`).set('Authorization', `Bearer ${token}`).send({ code, deviceId, clientScanId: `s-${++seq}` }).expect(200)).body as { outcome: string; name: string; first: { gate: string; by: string } | null });
  const shape = (queries: string[]) => queries.map((q) => q.replace(/[`"]/g, '').split(/\s+/).slice(0, 3).join(' '));

  // The sign-in: the account and its team grants in one read (src/auth/sign-in-statements.ts); two before.
  const SIGN_IN = ['SELECT a.id AS'];
  const DOOR_READ = 'SELECT g.id AS';
  // Written out once (door-statements.ts), not built by the query builder per scan.
  const DOOR_INSERT = 'INSERT INTO check_in';

  it('admits in four statements: the sign-in, one read of the gate, ticket, credential and admissions, the INSERT and the arrival', async () => {
    const { result, queries } = await scanAt(gateId, codes[0]);
    expect(result).toMatchObject({ outcome: 'admitted', name: '参会者700', credential: { name: '代表证' } });
    // The old path read the gate twice and the edition for the permission, then the device's
    // scans, the registration, the tiers, the credential and the admissions one statement each:
    // twelve in all. The gate's edition is kept in memory now (it never changes), the rest is one read.
    expect(shape(queries)).toEqual([...SIGN_IN, DOOR_READ, DOOR_INSERT, 'UPDATE registration SET']);
  });

  it('answers a second scan of the same ticket, at another device, in three: no transaction, no second read', async () => {
    const { result, queries } = await scanAt(gateId, codes[0], 'phone-2');
    expect(result).toMatchObject({ outcome: 'already', first: { gate: '东门', by: ADMIN.email } });
    // Fourteen before (a transaction re-reading the admission and the gate).
    expect(shape(queries)).toEqual([...SIGN_IN, DOOR_READ, DOOR_INSERT]);
  });

  it('keeps nothing that another server process could change: a reprint and a renamed gate count at the next scan', async () => {
    // Written straight to the database, as another server process would: nothing here hears of it.
    await t.dataSource.query("UPDATE check_in_gate SET name = '东门（北）' WHERE id = ?", [gateId]);
    const renamed = await scanAt(gateId, codes[0], 'phone-3');
    expect(renamed.result).toMatchObject({ outcome: 'already', first: { gate: '东门（北）' } });
    await t.dataSource.query('INSERT INTO credential (registration_id, tier_id, generation) VALUES (?, NULL, 2)', [registrationIds[2]]);
    const replaced = await scanAt(gateId, codes[2]);
    expect(replaced.result.outcome).toBe('replaced');
    // Refused: the read, and whether this very scan was sent before (it was not).
    expect(shape(replaced.queries)).toEqual([...SIGN_IN, DOOR_READ, 'SELECT CheckIn.id AS']);
  });

  it('admits at a session gate in the same four: the seats and their sessions come with the door read', async () => {
    const { result, queries } = await scanAt(sessionGateId, codes[1]);
    expect(result.outcome).toBe('admitted');
    // Two more before: the seats and their sessions were reads of their own.
    expect(shape(queries)).toEqual([...SIGN_IN, DOOR_READ, DOOR_INSERT, 'UPDATE registration SET']);
    const again = await scanAt(sessionGateId, codes[1], 'phone-2');
    expect(again.result.outcome).toBe('already');
    expect(shape(again.queries)).toEqual([...SIGN_IN, DOOR_READ, DOOR_INSERT]);
  });

  it('admits an invited guest’s badge in three: the sign-in, one read of the gate, guest, credential and admissions, the INSERT', async () => {
    const guest = await api.post(`/api/editions/${f.edition.id}/guests`, { name: '郭全啟', organization: '国家互联网信息办公室', phone: '13800138009', sessionIds: [f.forum] });
    const code = (await api.get(`/api/guests/${guest.id}/credential`)).ticketCode as string;
    const admitted = await scanAt(gateId, code);
    expect(admitted.result).toMatchObject({ outcome: 'admitted', name: '郭全啟', credential: { name: '嘉宾证' } });
    // A guest has no arrival mark to set: the read and the INSERT the unique key guards.
    expect(shape(admitted.queries)).toEqual([...SIGN_IN, DOOR_READ, DOOR_INSERT]);
    const again = await scanAt(gateId, code, 'phone-2');
    expect(again.result.outcome).toBe('already');
    expect(shape(again.queries)).toEqual([...SIGN_IN, DOOR_READ, DOOR_INSERT]);
    // At a gate of chosen sessions too: the invitations come with the read.
    const atSession = await scanAt(sessionGateId, code);
    expect(atSession.result.outcome).toBe('admitted');
    expect(shape(atSession.queries)).toEqual([...SIGN_IN, DOOR_READ, DOOR_INSERT]);
  });
});
