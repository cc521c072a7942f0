import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { recordQueries } from './support/query-counter';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

type Seat = { sessionId: number; status: string; waitlistPosition: number | null; title: string };
type Row = { code: string; sessions: Seat[] };

describe('the organizers’ registration list', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let f: RegistrationFixture;
  let small: number;
  let tiny: number;

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    f = await publishedEditionWithForum(api);
    small = (await api.session(f.edition.id, { title: '小型研讨会', kind: 'seminar', startsAt: '2036-12-02T19:00', endsAt: '2036-12-02T20:00', capacity: 2 })).session.id;
    tiny = (await api.session(f.edition.id, { title: '闭门会', kind: 'seminar', startsAt: '2036-12-02T20:00', endsAt: '2036-12-02T21:00', capacity: 1 })).session.id;
    await api.post(`/api/editions/${f.edition.id}/releases`, { note: 'v2' });
    // Edited after the release: registrations must still show the released title.
    await api.patch(`/api/sessions/${tiny}`, { title: '闭门会（改）' });
    const choices = [[small, tiny, f.forum], [tiny, f.other], [small]];
    const made: { code: string; token: string }[] = [];
    for (let i = 0; i < 60; i++) {
      const res = await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(i, { sessionIds: choices[i % 3] })).expect(201);
      made.push(res.body);
    }
    // Leaving the waitlist and giving a seat back leave gaps in the tickets: positions must close them.
    for (const i of [4, 9, 12]) await t.http.delete(`/api/registrations/${made[i].code}/sessions/${tiny}?token=${made[i].token}`).expect(200);
    await t.http.delete(`/api/registrations/${made[0].code}/sessions/${small}?token=${made[0].token}`).expect(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  const page = (limit: number) => recordQueries(t.dataSource, () => api.get(`/api/editions/${f.edition.id}/registrations?limit=${limit}`) as Promise<Row[]>);

  it('shows each registration as its own page does, waitlist positions included', async () => {
    const { result: rows } = await page(50);
    expect(rows).toHaveLength(50);
    const seats = rows.flatMap((r) => r.sessions);
    expect(seats.filter((s) => s.sessionId === tiny && s.status === 'waitlisted').map((s) => s.waitlistPosition)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(new Set(seats.map((s) => s.status))).toEqual(new Set(['confirmed', 'waitlisted', 'cancelled']));
    expect(seats.find((s) => s.sessionId === tiny)!.title).toBe('闭门会');
    for (const row of rows) expect(row).toEqual(await api.get(`/api/registrations/${row.code}/admin`));
  });

  it('answers a page with the same number of SQL statements whatever its size', async () => {
    const five = await page(5);
    const fifty = await page(50);
    expect(five.result.flatMap((r) => r.sessions).some((s) => s.status === 'waitlisted')).toBe(true);
    expect(fifty.queries.length).toBe(five.queries.length);
    expect(fifty.queries.length).toBeLessThanOrEqual(10);
  });
});
