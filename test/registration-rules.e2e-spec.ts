import { OutboxMessage } from '../src/notifications/entities/outbox-message.entity';
import { SeatPool } from '../src/seats/entities/seat-pool.entity';
import { openForm } from './browser/page-forms';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { asMail } from './support/outbox-mail';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { SecondApp, startSecondApp } from './support/second-app';
import { startTestApp, TestApp } from './support/test-app';
import request from 'supertest';

/**
 * The registration rules that must hold whichever way one comes in: a room bounds the seats of
 * its sessions, a registration names a session unless the edition is registered for as a whole,
 * an edition is named by id or slug on every route, what a registration decides by is read in
 * its own transaction (not from another process's memory), and sessions are listed in time order.
 */
describe('registration rules', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let n = 0;

  const register = (edition: number | string, sessionIds: number[], extra: object = {}) =>
    t.http.post(`/api/editions/${edition}/registrations`).send(attendee(n++, { sessionIds, ...extra }));
  const pool = (sessionId: number) => t.dataSource.getRepository(SeatPool).findOneByOrFail({ sessionId });

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A published edition whose one session has no capacity of its own, in a room of `seats`. */
  async function roomBoundSession(brand: string, year: number, seats: number) {
    const edition = await api.edition(brand, year, `${year}-12-01`, `${year}-12-01`, { status: 'published' });
    const room = await api.room(edition.id, '小会议室', seats);
    const session = (await api.session(edition.id, { title: '闭门研讨会', kind: 'seminar', startsAt: `${year}-12-01T09:00`, endsAt: `${year}-12-01T11:00`, roomId: room.id })).session;
    await api.post(`/api/editions/${edition.id}/releases`, { note: 'v1' });
    return { edition, room, session };
  }

  describe('a room bounds the seats of its sessions', () => {
    it('confirms no more people than the room has seats, and says how many are left', async () => {
      const { edition, session } = await roomBoundSession('integrity', 2030, 3);
      const form = await t.http.get(`/e/${edition.slug}/register`).expect(200);
      expect(form.text).toContain('剩余 3 个名额');
      expect(form.text).not.toContain('名额不限');
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push((await register(edition.id, [session.id]).expect(201)).body.sessions[0]);
      expect(answers.map((s) => s.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted']);
      expect(answers[3].waitlistPosition).toBe(1);
      expect(await pool(session.id)).toMatchObject({ capacity: 3, taken: 3 });
      const attendance = await api.get(`/api/editions/${edition.id}/attendance`);
      expect(attendance.sessions[0]).toMatchObject({ capacity: 3, confirmed: 3, waitlisted: 1 });
    });

    it('never confirms beyond the room under concurrency', async () => {
      const { edition, session } = await roomBoundSession('integrity', 2031, 3);
      const answers = await Promise.all(Array.from({ length: 12 }, () => register(edition.id, [session.id])));
      expect(answers.map((a) => a.status)).toEqual(Array(12).fill(201));
      expect(answers.filter((a) => a.body.sessions[0].status === 'confirmed')).toHaveLength(3);
      expect(answers.map((a) => a.body.sessions[0].waitlistPosition).filter((p) => p !== null).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(await pool(session.id)).toMatchObject({ capacity: 3, taken: 3 });
    });

    it('lowers a capacity down to the seats taken, refuses one above the room, and says which rule refused', async () => {
      const { edition, room, session } = await roomBoundSession('integrity', 2032, 3);
      for (let i = 0; i < 3; i++) await register(edition.id, [session.id]).expect(201);
      const below = await api.patch(`/api/sessions/${session.id}`, { capacity: 2 }, 409);
      expect(below.errors).toHaveProperty('capacity');
      expect(below.message).toContain('3 seats of this session are already taken');
      const above = await api.patch(`/api/sessions/${session.id}`, { capacity: 4 }, 409);
      expect(above.errors).toHaveProperty('capacity_above_room');
      expect(above.message).toContain('make the room bigger');
      await api.patch(`/api/sessions/${session.id}`, { capacity: 3 });
      expect(await pool(session.id)).toMatchObject({ capacity: 3, taken: 3 });

      // The room cannot shrink below a session's own capacity, nor below the seats taken in one that takes the room's seats.
      const smaller = await api.patch(`/api/rooms/${room.id}`, { capacity: 2 }, 409);
      expect(smaller.message).toContain('lower their capacity first');
      await api.patch(`/api/sessions/${session.id}`, { capacity: null });
      const tooSmall = await api.patch(`/api/rooms/${room.id}`, { capacity: 2 }, 409);
      expect(tooSmall.message).toContain('3 taken');
      expect(await pool(session.id)).toMatchObject({ capacity: 3, taken: 3 });
    });

    it('makes a room bigger, and the waitlist of a session that takes its seats moves up at once', async () => {
      const { edition, room, session } = await roomBoundSession('integrity', 2033, 2);
      const people = [];
      for (let i = 0; i < 3; i++) people.push((await register(edition.id, [session.id]).expect(201)).body);
      expect(people[2].sessions[0].status).toBe('waitlisted');
      await api.patch(`/api/rooms/${room.id}`, { capacity: 5 });
      expect(await pool(session.id)).toMatchObject({ capacity: 5, taken: 3 });
      const promoted = await t.http.get(`/api/registrations/${people[2].code}?token=${people[2].token}`).expect(200);
      expect(promoted.body.sessions[0]).toMatchObject({ status: 'confirmed', waitlistPosition: null });
      const told = (await t.dataSource.getRepository(OutboxMessage).find({ where: { kind: 'waitlist_promotion' } })).map(asMail);
      expect(told.map((m) => m.toAddress)).toContain(people[2].email);
    });

    it('lets an organizer freeze a session overbooked before rooms bounded it at the seats taken, and make the room bigger', async () => {
      const { room, session } = await roomBoundSession('integrity', 2034, 3);
      // As the bug left it: four seats taken in a room of three, no limit on the counter.
      await t.dataSource.getRepository(SeatPool).update({ sessionId: session.id }, { capacity: null, taken: 4 });
      await api.patch(`/api/sessions/${session.id}`, { capacity: 3 }, 409);
      await api.patch(`/api/sessions/${session.id}`, { capacity: 4 });
      expect(await pool(session.id)).toMatchObject({ capacity: 4, taken: 4 });
      expect((await api.get(`/api/editions/${session.editionId}/conflicts`)).errors).toEqual([]);
      await api.patch(`/api/rooms/${room.id}`, { capacity: 6 });
    });
  });

  describe('a registration names its sessions', () => {
    let f: RegistrationFixture;
    beforeAll(async () => {
      f = await publishedEditionWithForum(api, 'civilization', 2030);
    });

    it('refuses an empty list of sessions with a field error, in the API and on the form', async () => {
      const refused = await register(f.edition.id, []).expect(400);
      expect(refused.body.errors).toEqual({ sessionIds: 'choose at least one session' });
      const form = await openForm(t, `/e/${f.edition.slug}/register`);
      expect(form.html).toContain('至少选择一个');
      const page = await t.http
        .post(`/e/${f.edition.slug}/register`)
        .set('Cookie', form.cookie)
        .type('form')
        .send({ _csrf: form.csrf, name: '赵六', email: 'nothing-ticked@example.com' });
      expect(page.status).toBe(400);
      expect(page.text).toContain('请至少选择一个分论坛');
      const listed = await api.get(`/api/editions/${f.edition.id}/registrations?limit=200`);
      expect(listed.map((r: { email: string }) => r.email)).not.toContain('nothing-ticked@example.com');
    });

    it('registers for an edition as a whole when its program has no session to register for, and says so', async () => {
      const edition = await api.edition('civilization', 2031, '2031-12-01', '2031-12-01', { status: 'published' });
      await api.session(edition.id, { title: '茶歇', kind: 'break', startsAt: '2031-12-01T10:00', endsAt: '2031-12-01T10:30' });
      await api.post(`/api/editions/${edition.id}/releases`, { note: 'v1' });
      const created = await register(edition.slug, []).expect(201);
      expect(created.body.sessions).toEqual([]);
      const form = await t.http.get(`/e/${edition.slug}/register`).expect(200);
      expect(form.text).toContain('本届大会整体报名');
    });
  });

  describe('an edition by id or slug', () => {
    it('takes the slug wherever it takes the id: registration and organizer routes', async () => {
      const f = await publishedEditionWithForum(api, 'new-ecommerce', 2030);
      const bySlug = await register(f.edition.slug, [f.forum]).expect(201);
      expect(bySlug.body).toMatchObject({ editionId: f.edition.id, editionSlug: f.edition.slug });
      for (const path of ['sessions', 'rooms', 'registrations', 'registrations.csv', 'attendance', 'conflicts', 'releases']) {
        const [byId, slugged] = await Promise.all([api.get(`/api/editions/${f.edition.id}/${path}`), api.get(`/api/editions/${f.edition.slug}/${path}`)]);
        expect({ path, body: slugged }).toEqual({ path, body: byId });
      }
      expect((await api.patch(`/api/editions/${f.edition.slug}`, { venue: '长春国际会展中心' })).id).toBe(f.edition.id);
      await api.post(`/api/editions/${f.edition.slug}/rooms`, { name: '第二会议室', capacity: 30 });
      const unknown = await t.http.post('/api/editions/no-such-edition/registrations').send(attendee(n++, { sessionIds: [f.forum] })).expect(404);
      expect(unknown.body.message).toContain('no-such-edition');
      const malformed = await t.http.post('/api/editions/Not%20A%20Slug/registrations').send(attendee(n++, { sessionIds: [f.forum] })).expect(400);
      expect(malformed.body.errors).toHaveProperty('id');
    });
  });

  describe('what a registration decides by is read in its transaction', () => {
    let peer: SecondApp;
    afterAll(async () => {
      await peer?.close();
    });

    it('sees approval and the place limit another server process set a moment ago', async () => {
      peer = await startSecondApp(t.database.url, { JOBS_ENABLED: 'false' });
      const f = await publishedEditionWithForum(api, 'integrity', 2035);
      const other = new ScheduleBuilder({ http: request(peer.app.getHttpServer()) }, await signIn({ http: request(peer.app.getHttpServer()) } as TestApp, ADMIN.email, ADMIN.password));
      // This process remembers the edition (the public memo) from a first registration…
      expect((await register(f.edition.id, [f.forum]).expect(201)).body.status).toBe('confirmed');
      // …and the other process changes it meanwhile.
      await other.patch(`/api/editions/${f.edition.id}`, { requiresApproval: true });
      expect((await register(f.edition.id, [f.forum]).expect(201)).body.status).toBe('pending');
      await other.patch(`/api/editions/${f.edition.id}`, { registrationCapacity: 0 });
      const full = await register(f.edition.id, [f.forum]).expect(409);
      expect(full.body.errors).toHaveProperty('registration');
    });
  });

  describe('sessions in time order', () => {
    it('lists them by start, then room, on the answer, the page and the e-mail', async () => {
      const edition = await api.edition('new-ecommerce', 2031, '2031-12-01', '2031-12-02', { status: 'published' });
      const a = await api.room(edition.id, 'A厅', 100);
      const b = await api.room(edition.id, 'B厅', 100);
      // Created latest first, so the ids run against the clock.
      const late = (await api.session(edition.id, { title: '第二天的分论坛', startsAt: '2031-12-02T09:00', endsAt: '2031-12-02T10:00', roomId: a.id })).session.id;
      const inB = (await api.session(edition.id, { title: '乙厅分论坛', startsAt: '2031-12-01T14:00', endsAt: '2031-12-01T15:00', roomId: b.id })).session.id;
      const inA = (await api.session(edition.id, { title: '甲厅分论坛', startsAt: '2031-12-01T14:00', endsAt: '2031-12-01T15:00', roomId: a.id })).session.id;
      const early = (await api.session(edition.id, { title: '开幕式', kind: 'opening_ceremony', startsAt: '2031-12-01T09:00', endsAt: '2031-12-01T10:00', roomId: a.id })).session.id;
      await api.post(`/api/editions/${edition.id}/releases`, { note: 'v1' });
      const inOrder = ['开幕式', '甲厅分论坛', '乙厅分论坛', '第二天的分论坛'];

      const created = (await register(edition.id, [late, inB, early, inA]).expect(201)).body;
      expect(created.sessions.map((s: { title: string }) => s.title)).toEqual(inOrder);
      const again = await t.http.get(`/api/registrations/${created.code}?token=${created.token}`).expect(200);
      expect(again.body.sessions.map((s: { title: string }) => s.title)).toEqual(inOrder);
      const page = await t.http.get(`/r/${created.code}/confirmed?token=${encodeURIComponent(created.token)}`).expect(200);
      const onPage = inOrder.map((title) => page.text.indexOf(`<span class="seat-title">${title}</span>`));
      expect(onPage.every((at) => at > 0)).toBe(true);
      expect([...onPage].sort((x, y) => x - y)).toEqual(onPage);
      const [mail] = (await t.dataSource.getRepository(OutboxMessage).find({ where: { kind: 'confirmation', address: created.email } })).map(asMail);
      const inMail = inOrder.map((title) => mail.body.indexOf(`· ${title}`));
      expect(inMail.every((at) => at > 0)).toBe(true);
      expect([...inMail].sort((x, y) => x - y)).toEqual(inMail);
    });
  });
});
