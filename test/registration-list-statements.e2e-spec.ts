import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { recordQueries } from './support/query-counter';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

type Row = { code: string; status: string; sessions: { sessionId: number; status: string; waitlistPosition: number | null }[] };

/**
 * Organizers page through thousands of registrations, and the bench compares the list with a plain
 * mysql2 client running the list's own statements (src/registrations/registration-list-statements.ts).
 * These pin them down: after the sign-in and the permission's edition, one read of the page (with the
 * edition's slug and zone), one count, and one read of the page's seats with their released sessions
 * and waitlist positions, whatever the filters.
 */
describe('the statements of one page of the organizers’ registration list', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let f: RegistrationFixture;
  let tiny: number;

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    f = await publishedEditionWithForum(api, 'integrity', 2039);
    tiny = (await api.session(f.edition.id, { title: '闭门会', kind: 'seminar', startsAt: '2039-12-02T20:00', endsAt: '2039-12-02T21:00', capacity: 1 })).session.id;
    await api.post(`/api/editions/${f.edition.id}/releases`, { note: 'v2' });
    for (let i = 0; i < 8; i++) await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(900 + i, { sessionIds: i % 2 ? [tiny, f.forum] : [tiny] })).expect(201);
    // The first request warms what the server keeps in memory (the sign-in).
    await api.get(`/api/editions/${f.edition.id}/registrations?limit=1`);
  });
  afterAll(async () => {
    await t?.close();
  });

  const list = (query: string) => recordQueries(t.dataSource, () => api.get(`/api/editions/${f.edition.id}/registrations?${query}`) as Promise<Row[]>);
  const shape = (queries: string[]) => queries.map((q) => q.replace(/[`"]/g, '').split(/\s+/).slice(0, 3).join(' '));
  // The account and its team grants in one read (src/auth/sign-in-statements.ts).
  const SIGN_IN = ['SELECT a.id AS'];
  // The edition, for the permission (the access guard); its slug and time zone for the answers come with the page.
  const EDITION = ['SELECT Edition.id AS'];
  const PAGE = 'SELECT r.id AS';
  const COUNT = 'SELECT COUNT(*) AS';
  const SEATS = 'SELECT s.registration_id AS';

  it('reads a page in three statements after the sign-in and the edition: the page, the count, the seats with sessions and positions', async () => {
    const full = await list('limit=5');
    expect(full.result).toHaveLength(5);
    // Seven before: the edition again, the page and its count, then the seats, the latest release,
    // its sessions (every column, descriptions included) and the waitlist positions, one each.
    expect(shape(full.queries)).toEqual([...SIGN_IN, ...EDITION, PAGE, COUNT, SEATS]);
    // A page that is not full says the total itself: no count.
    const all = await list('limit=50');
    expect(all.result).toHaveLength(8);
    expect(all.result.flatMap((r) => r.sessions).filter((s) => s.sessionId === tiny && s.status === 'waitlisted').map((s) => s.waitlistPosition)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(shape(all.queries)).toEqual([...SIGN_IN, ...EDITION, PAGE, SEATS]);
  });

  it('reads a filtered page in the same statements, and an empty one in fewer', async () => {
    const waitlisted = await list(`limit=3&sessionId=${tiny}&seatStatus=waitlisted&q=${encodeURIComponent('参会者90')}`);
    expect(waitlisted.result.map((r) => r.sessions.find((s) => s.sessionId === tiny)!.status)).toEqual(Array(3).fill('waitlisted'));
    expect(shape(waitlisted.queries)).toEqual([...SIGN_IN, ...EDITION, PAGE, COUNT, SEATS]);
    const none = await list('limit=50&status=cancelled');
    expect(none.result).toEqual([]);
    expect(shape(none.queries)).toEqual([...SIGN_IN, ...EDITION, PAGE]);
    const pastTheEnd = await list('limit=50&offset=100');
    expect(pastTheEnd.result).toEqual([]);
    expect(shape(pastTheEnd.queries)).toEqual([...SIGN_IN, ...EDITION, PAGE, COUNT]);
  });
});
