import { OutboxMessage } from '../src/notifications/entities/outbox-message.entity';
import { SeatPool } from '../src/seats/entities/seat-pool.entity';
import { SessionSeat } from '../src/seats/entities/session-seat.entity';
import { asMail } from './support/outbox-mail';
import { Session } from '../src/sessions/entities/session.entity';
import { ADMIN, ADMIN_ENV, partnerToken, signIn } from './support/accounts';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

describe('attendees register', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let organizer: string;
  let f: RegistrationFixture;

  const register = (body: object, headers: Record<string, string> = {}, editionId = f.edition.id) =>
    t.http.post(`/api/editions/${editionId}/registrations`).set(headers).send(body);

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    organizer = await signIn(t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(t, organizer);
    f = await publishedEditionWithForum(api);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('registers with a code, a secret token and a seat per session, and announces it', async () => {
    const res = await register(attendee(1, { phone: '138 1234 5678', title: '研究员', sessionIds: [f.forum, f.other] })).expect(201);
    expect(res.body.code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    expect(res.body.token).toEqual(expect.any(String));
    expect(res.body).toMatchObject({ status: 'confirmed', name: '参会者1', email: 'attendee1@example.com', phone: '138 1234 5678', editionSlug: f.edition.slug });
    expect(res.body.sessions).toEqual([
      expect.objectContaining({ sessionId: f.forum, status: 'confirmed', waitlistPosition: null, title: '平台经济诚信建设分论坛', startsAt: '2036-12-01T14:00:00+08:00' }),
      expect.objectContaining({ sessionId: f.other, status: 'confirmed' }),
    ]);
    const outbox = (await t.dataSource.getRepository(OutboxMessage).find({ where: { kind: 'confirmation' } })).map(asMail);
    expect(outbox.map((m) => m.toAddress)).toContain('attendee1@example.com');
    expect(outbox.find((m) => m.toAddress === 'attendee1@example.com')!.body).toContain(res.body.code);

    const mine = await t.http.get(`/api/registrations/${res.body.code}`).set('Authorization', `Bearer ${res.body.token}`).expect(200);
    expect(mine.body.email).toBe('attendee1@example.com');
    await t.http.get(`/api/registrations/${res.body.code}?token=${res.body.token}`).expect(200);
    // A wrong token and an unknown code look the same: codes cannot be probed.
    const wrong = await t.http.get(`/api/registrations/${res.body.code}?token=${'x'.repeat(32)}`).expect(404);
    const unknown = await t.http.get(`/api/registrations/ZZZZZ-ZZZZZ?token=${res.body.token}`).expect(404);
    expect(wrong.body.error).toBe(unknown.body.error);
    await t.http.get(`/api/registrations/${res.body.code}`).expect(404);
  });

  it('answers one registration per email with 409 saying how to retrieve it; an Idempotency-Key replays the first answer', async () => {
    const first = await register(attendee(2, { sessionIds: [f.other] }), { 'Idempotency-Key': 'retry-key-0002' }).expect(201);
    const retried = await register(attendee(2, { sessionIds: [f.other] }), { 'Idempotency-Key': 'retry-key-0002' }).expect(201);
    expect(retried.body.code).toBe(first.body.code);
    expect(retried.body.token).toBe(first.body.token);
    const again = await register(attendee(2, { sessionIds: [f.other] })).expect(409);
    expect(again.body.errors).toHaveProperty('email');
    expect(again.body.message).toContain('/resend-link');
    const upper = await register(attendee(2, { email: 'ATTENDEE2@example.com', sessionIds: [f.other] })).expect(409);
    expect(upper.body.errors).toHaveProperty('email');
  });

  it('names each bad field: 400 for malformed input, 404 for an unknown edition, 422 for what cannot be registered for', async () => {
    const other = await publishedEditionWithForum(api, 'new-ecommerce', 2036);
    const cases: [object, Record<string, string>, number, string, number?][] = [
      [attendee(3, { email: 'not-an-email', sessionIds: [] }), {}, 400, 'email'],
      [attendee(3, { phone: '12345', sessionIds: [] }), {}, 400, 'phone'],
      [attendee(3, { phone: '+86 128 1234 5678', sessionIds: [] }), {}, 400, 'phone'],
      [attendee(3, { name: '   ', sessionIds: [] }), {}, 400, 'name'],
      [attendee(3, { sessionIds: 'all' }), {}, 400, 'sessionIds'],
      [attendee(3, { sessionIds: [f.forum, f.forum] }), {}, 400, 'sessionIds'],
      [attendee(3, { sessionIds: [1.5] }), {}, 400, 'sessionIds'],
      [attendee(3, { sessionIds: [999999] }), {}, 422, 'sessionIds[0]'],
      [attendee(3, { sessionIds: [f.forum, other.forum] }), {}, 422, 'sessionIds[1]'],
      [attendee(3, { sessionIds: [f.unpublished] }), {}, 422, 'sessionIds[0]'],
      [attendee(3, { sessionIds: [f.cancelled] }), {}, 422, 'sessionIds[0]'],
      [attendee(3, { sessionIds: [] }), { 'Idempotency-Key': 'x' }, 400, 'Idempotency-Key'],
      [attendee(3, { sessionIds: [], isAdmin: true }), {}, 400, 'isAdmin'],
    ];
    for (const [body, headers, status, field] of cases) {
      const res = await register(body, headers);
      expect({ body, status: res.status, fields: Object.keys(res.body.errors ?? {}) }).toEqual({ body, status, fields: expect.arrayContaining([field]) });
    }
    expect((await register(attendee(3, { sessionIds: [] }), {}, 999999)).status).toBe(404);
    const draft = await api.edition('civilization', 2036, '2036-06-01', '2036-06-01');
    expect((await register(attendee(3, { sessionIds: [] }), {}, draft.id)).status).toBe(404);
    // A closed window.
    await api.patch(`/api/editions/${other.edition.id}`, { registrationClosesAt: '2020-01-01T00:00:00+08:00' });
    const closed = await register(attendee(3, { sessionIds: [other.forum] }), {}, other.edition.id).expect(422);
    expect(closed.body.errors).toHaveProperty('registration');
    // Nothing was written by any of them.
    expect((await api.get(`/api/editions/${f.edition.id}/registrations?limit=200`)).map((r: { email: string }) => r.email)).not.toContain('attendee3@example.com');
  });

  it('changes and cancels sessions with the token, and hands freed seats to the waitlist', async () => {
    const tiny = (await api.session(f.edition.id, { title: '小型研讨会', kind: 'seminar', startsAt: '2036-12-02T19:00', endsAt: '2036-12-02T20:00', capacity: 1 })).session.id;
    await api.post(`/api/editions/${f.edition.id}/releases`, { note: 'tiny' });
    const a = (await register(attendee(10, { sessionIds: [tiny] })).expect(201)).body;
    const b = (await register(attendee(11, { sessionIds: [tiny] })).expect(201)).body;
    expect(b.sessions[0]).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const changed = await t.http.patch(`/api/registrations/${a.code}`).set('Authorization', `Bearer ${a.token}`).send({ sessionIds: [f.other] }).expect(200);
    expect(changed.body.sessions.find((s: { sessionId: number }) => s.sessionId === tiny).status).toBe('cancelled');
    expect(changed.body.sessions.find((s: { sessionId: number }) => s.sessionId === f.other).status).toBe('confirmed');
    const promoted = await t.http.get(`/api/registrations/${b.code}?token=${b.token}`).expect(200);
    expect(promoted.body.sessions[0]).toMatchObject({ sessionId: tiny, status: 'confirmed', waitlistPosition: null });
    const told = (await t.dataSource.getRepository(OutboxMessage).find({ where: { kind: 'waitlist_promotion' } })).map(asMail);
    expect(told.map((m) => m.toAddress)).toContain('attendee11@example.com');
    await t.http.delete(`/api/registrations/${b.code}/sessions/${tiny}?token=${b.token}`).expect(200);
    expect((await t.dataSource.getRepository(SeatPool).findOneByOrFail({ sessionId: tiny })).taken).toBe(0);
    const cancelled = await t.http.delete(`/api/registrations/${a.code}?token=${a.token}`).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(cancelled.body.sessions.every((s: { status: string }) => s.status === 'cancelled')).toBe(true);
    await t.http.patch(`/api/registrations/${a.code}?token=${a.token}`).send({ sessionIds: [f.other] }).expect(409);
    await t.http.delete(`/api/registrations/${a.code}?token=wrong`).expect(404);
  });

  it('keeps editions that require approval pending until an organizer decides', async () => {
    const g = await publishedEditionWithForum(api, 'civilization', 2027);
    await api.patch(`/api/editions/${g.edition.id}`, { requiresApproval: true });
    const pending = (await register(attendee(20, { sessionIds: [g.forum] }), {}, g.edition.id).expect(201)).body;
    expect(pending.status).toBe('pending');
    const approved = await api.post(`/api/registrations/${pending.code}/approve`, {}, 200);
    expect(approved.status).toBe('confirmed');
    await api.post(`/api/registrations/${pending.code}/approve`, {}, 409);
    const other = (await register(attendee(21, { sessionIds: [g.forum] }), {}, g.edition.id).expect(201)).body;
    const rejected = await api.post(`/api/registrations/${other.code}/reject`, {}, 200);
    expect(rejected.status).toBe('rejected');
    expect((await t.dataSource.getRepository(SeatPool).findOneByOrFail({ sessionId: g.forum })).taken).toBe(1);
  });

  it('checks in once; a second check-in says when the first was', async () => {
    const r = (await register(attendee(30, { sessionIds: [f.other] })).expect(201)).body;
    const first = await api.post(`/api/registrations/${r.code}/check-in`, {}, 200);
    expect(first.checkedInAt).toEqual(expect.any(String));
    const second = await api.post(`/api/registrations/${r.code}/check-in`, {}, 409);
    // Said on the edition's clock (Beijing, UTC+8) in words, to the second: never the ISO instant.
    const beijing = new Date(Date.parse(first.checkedInAt) + 8 * 3600_000);
    const two = (n: number) => String(n).padStart(2, '0');
    const named = (part: 'weekday' | 'month') => beijing.toLocaleString('en-GB', { [part]: 'short', timeZone: 'UTC' });
    const day = `${named('weekday')} ${beijing.getUTCDate()} ${named('month')} ${beijing.getUTCFullYear()}`;
    const clock = `${two(beijing.getUTCHours())}:${two(beijing.getUTCMinutes())}:${two(beijing.getUTCSeconds())}`;
    expect(second.message).toBe(`${r.code} already checked in at ${day}, ${clock} Beijing time`);
    expect(second.message).not.toContain(first.checkedInAt);
    await api.post('/api/registrations/ZZZZZ-ZZZZZ/check-in', {}, 404);
    const counts = await api.get(`/api/editions/${f.edition.id}/attendance`);
    expect(counts.checkedIn).toBeGreaterThanOrEqual(1);
    expect(counts.sessions.find((s: { sessionId: number }) => s.sessionId === f.other).checkedIn).toBeGreaterThanOrEqual(1);
  });

  it('shows personal data to organizers only', async () => {
    await t.http.get(`/api/editions/${f.edition.id}/registrations`).expect(401);
    const [cfis] = (await t.http.get(`/api/organizations?q=${encodeURIComponent('中网联')}`)).body;
    const partner = await partnerToken(t, organizer, cfis.id);
    await t.http.get(`/api/editions/${f.edition.id}/registrations`).set('Authorization', `Bearer ${partner}`).expect(403);
    await t.http.get(`/api/editions/${f.edition.id}/registrations.csv`).set('Authorization', `Bearer ${partner}`).expect(403);
    const list = await t.http.get(`/api/editions/${f.edition.id}/registrations?sessionId=${f.other}&status=confirmed`).set('Authorization', `Bearer ${organizer}`).expect(200);
    expect(Number(list.headers['x-total-count'])).toBeGreaterThan(0);
    for (const r of list.body) expect(r.sessions.some((s: { sessionId: number }) => s.sessionId === f.other)).toBe(true);
  });

  describe('a burst of 400 for a 50-seat sub-forum', () => {
    const codes: { code: string; token: string; email: string }[] = [];

    it('confirms exactly 50 and waitlists 350 at positions 1..350', async () => {
      const burst = await publishedEditionWithForum(api, 'new-ecommerce', 2028);
      f = burst;
      const answers = await Promise.all(Array.from({ length: 400 }, (_, i) => register(attendee(1000 + i, { sessionIds: [burst.forum] }))));
      expect(answers.map((a) => a.status).filter((s) => s !== 201)).toEqual([]);
      for (const a of answers) codes.push({ code: a.body.code, token: a.body.token, email: a.body.email });
      const seats = answers.map((a) => a.body.sessions[0]);
      expect(seats.filter((s) => s.status === 'confirmed')).toHaveLength(50);
      const positions = seats.filter((s) => s.status === 'waitlisted').map((s) => s.waitlistPosition).sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: 350 }, (_, i) => i + 1));
      const pool = await t.dataSource.getRepository(SeatPool).findOneByOrFail({ sessionId: burst.forum });
      expect(pool.taken).toBe(50);
      expect(await t.dataSource.getRepository(SessionSeat).countBy({ sessionId: burst.forum, status: 'confirmed' })).toBe(50);
    });

    it('promotes exactly positions 1..10 when 10 seats are cancelled', async () => {
      const views = await Promise.all(codes.map((c) => t.http.get(`/api/registrations/${c.code}?token=${c.token}`)));
      const confirmed = codes.filter((_, i) => views[i].body.sessions[0].status === 'confirmed').slice(0, 10);
      const next10 = codes.filter((_, i) => views[i].body.sessions[0].status === 'waitlisted' && views[i].body.sessions[0].waitlistPosition <= 10).map((c) => c.code).sort();
      expect(next10).toHaveLength(10);
      const cancelled = await Promise.all(confirmed.map((c) => t.http.delete(`/api/registrations/${c.code}/sessions/${f.forum}?token=${c.token}`)));
      expect(cancelled.map((r) => r.status)).toEqual(Array(10).fill(200));
      const after = await Promise.all(codes.map((c) => t.http.get(`/api/registrations/${c.code}?token=${c.token}`)));
      const promoted = codes.filter((_, i) => views[i].body.sessions[0].status === 'waitlisted' && after[i].body.sessions[0].status === 'confirmed').map((c) => c.code).sort();
      expect(promoted).toEqual(next10);
      const positions = after.map((a) => a.body.sessions[0]).filter((s) => s.status === 'waitlisted').map((s) => s.waitlistPosition).sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: 340 }, (_, i) => i + 1));
      expect((await t.dataSource.getRepository(SeatPool).findOneByOrFail({ sessionId: f.forum })).taken).toBe(50);
    });

    it('makes one registration of 20 concurrent posts with the same email', async () => {
      const answers = await Promise.all(Array.from({ length: 20 }, () => register(attendee(5000, { sessionIds: [f.forum] }))));
      expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
      expect(answers.filter((a) => a.status === 409)).toHaveLength(19);
      const seats = await t.dataSource.getRepository(SessionSeat).countBy({ sessionId: f.forum });
      expect(seats).toBe(401);
    });

    it('refuses a capacity below the seats already taken', async () => {
      const res = await api.patch(`/api/sessions/${f.forum}`, { capacity: 10 }, 409);
      expect(res.errors).toHaveProperty('capacity');
      expect((await t.dataSource.getRepository(Session).findOneByOrFail({ id: f.forum })).capacity).toBe(50);
    });
  });
});
