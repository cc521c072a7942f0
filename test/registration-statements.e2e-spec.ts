import { OutboxMessage } from '../src/notifications/entities/outbox-message.entity';
import { PublishedEditionMemo, PublicEditionEntry } from '../src/releases/published-edition-memo';
import { asMail } from './support/outbox-mail';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { recordQueries } from './support/query-counter';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Everyone who registers for a popular session queues for that session's row lock, so what a
 * registration does while holding it decides how many registrations a second the server takes.
 * These pin the statements down: few in all, and after the seat is taken only the rows that
 * must commit with it.
 */
describe('the statements of one registration', () => {
  let t: TestApp;
  let f: RegistrationFixture;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    f = await publishedEditionWithForum(new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password)));
    // The first registration warms what the server keeps in memory (the edition and its release).
    await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(n++, { sessionIds: [f.forum] })).expect(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  /**
   * The registration's statements, without those of the published edition's lookup: that memo
   * lives one second (PUBLISHED_EDITION_MEMO_MS), so on a slow machine it may expire between the
   * warm-up and the registration measured here and add its three reads. Its cost is the memo's
   * own matter (test/cached-reads.e2e-spec.ts); the count here is of what a registration adds.
   */
  const register = async (sessionIds: number[]) => {
    const memo = t.app.get(PublishedEditionMemo);
    const get = memo.get.bind(memo);
    const lookups: string[] = [];
    memo.get = (key, read) =>
      get(key, async (): Promise<PublicEditionEntry> => {
        const { result, queries } = await recordQueries(t.dataSource, read);
        lookups.push(...queries);
        return result;
      });
    try {
      const recorded = await recordQueries(t.dataSource, () => t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(n++, { sessionIds })).expect(201));
      const queries = [...recorded.queries];
      for (const lookup of lookups) queries.splice(queries.indexOf(lookup), 1);
      return { ...recorded, queries };
    } finally {
      memo.get = get;
    }
  };

  /** The statements from the seat's UPDATE of `seat_pool` to the end of the transaction. */
  const afterSeatLock = (queries: string[]) => {
    const locked = queries.findIndex((q) => /^UPDATE [`"]?seat_pool[`"]? /i.test(q));
    const ended = queries.findIndex((q, i) => i > locked && /^(COMMIT|RELEASE SAVEPOINT)/i.test(q));
    return queries.slice(locked + 1, ended);
  };

  it('takes a confirmed seat in at most twelve statements, one of them between locking the seat and committing', async () => {
    const { queries, result } = await register([f.forum]);
    expect(result.body.sessions).toEqual([expect.objectContaining({ sessionId: f.forum, status: 'confirmed', title: '平台经济诚信建设分论坛' })]);
    // Ten, not nine: the edition's terms (published, window, approval, place limit) are read in
    // the transaction, one SELECT of the edition row without a lock, rather than taken from the
    // public memo, which another server process's change may not have reached yet.
    // Twelve, not ten: the registration limits (per address, edition and mailbox, shared by
    // every server) cost two statements before the transaction, none in it: one INSERT … IGNORE
    // of the windows' rows and one conditional UPDATE counting in all of them.
    // And one SELECT before the transaction: whether a chosen session is invite-only (the guest
    // list's rule); it could come from the published program's memo instead.
    // (MySQL and MariaDB also get SET TRANSACTION ISOLATION LEVEL READ COMMITTED before the transaction.)
    expect(queries.filter((q) => !/^SET TRANSACTION ISOLATION LEVEL/i.test(q)).length).toBeLessThanOrEqual(12);
    // No write outside the transaction asks rows back (INSERT … RETURNING, which TypeORM adds on
    // MariaDB to read defaults). On a Galera cluster a certification conflict makes the node run
    // an autocommit statement again (wsrep_retry_autocommit) after its rows went out, and the
    // client then waits forever for the end of a result it already had.
    const autocommit = queries.slice(0, queries.findIndex((q) => /^(BEGIN|START TRANSACTION)/i.test(q)));
    expect(autocommit.filter((q) => /^INSERT/i.test(q) && /\bRETURNING\b/i.test(q))).toEqual([]);
    // Only the seat rows come between the seat's lock and the commit; the confirmation went in before.
    expect(afterSeatLock(queries).map((q) => q.split('(')[0].replace(/[`"]/g, '').trim())).toEqual(['INSERT INTO session_seat']);
  });

  it('sends a confirmation that lists the sessions in time order and links to the attendee’s own page', async () => {
    const { result } = await register([f.other, f.forum]);
    const rows: { body: string }[] = (await t.dataSource.getRepository(OutboxMessage).find({ where: { kind: 'confirmation', address: result.body.email } })).map(asMail);
    expect(rows).toHaveLength(1);
    const body = rows[0].body;
    expect(body).toContain(`参会码：${result.body.code}`);
    expect(body).toMatch(/平台经济诚信建设分论坛（2036-12-01 14:00）[\s\S]*青少年网络保护分论坛（2036-12-02 09:00）/);
    const link = new URL(/https?:\/\/\S+/.exec(body)![0]);
    expect(link.pathname).toBe(`/r/${result.body.code}`);
    expect(link.searchParams.get('token')).toBe(result.body.token);
    await t.http.get(`${link.pathname}${link.search}`).expect(200);
  });

  it('answers exactly what a later GET shows', async () => {
    const { result } = await register([f.forum, f.other]);
    const again = await t.http.get(`/api/registrations/${result.body.code}?token=${result.body.token}`).expect(200);
    // toEqual passes over the undefined token: the token is handed out only once, at creation.
    expect(again.body).toEqual({ ...result.body, token: undefined });
  });
});
