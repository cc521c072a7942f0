import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { ADMIN, ADMIN_ENV, partnerToken, signIn } from '../support/accounts';
import { publishedEditionWithForum, RegistrationFixture } from '../support/registration-fixture';
import { ScheduleBuilder } from '../support/schedule-builder';
import { startTestApp, TestApp } from '../support/test-app';

/** At least 10,000 requests in all on SQLite; fewer on MariaDB, where the same code paths are slower to reach. */
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? ((process.env.TEST_DATABASE_URL ?? '').includes('://') ? 3000 : 10_000));

const nasty = fc.oneof(
  fc.constantFrom(
    "' OR 1=1 --",
    '"; DROP TABLE session; --',
    '<script>alert(1)</script>',
    '../../../etc/passwd',
    '%00',
    '\u0000',
    '😀🎉',
    '中网联',
    '9'.repeat(40),
    '-1',
    '1.5',
    '1e309',
    'NaN',
    'null',
    'true',
    '2026-02-30T25:61',
    '0000-00-00',
    ' ',
    '',
    'a'.repeat(5000),
  ),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.integer().map(String),
  fc.double({ noNaN: false }).map(String),
);

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  leaf: fc.oneof(nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString()))),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), fc.array(tie('node'), { maxLength: 5 }), fc.dictionary(fc.oneof(nasty, fc.constantFrom('name', 'email', 'sessionIds', 'title', 'startsAt', 'endsAt', 'capacity', 'roomId', 'kind', 'status', 'organizationId', 'role', 'year', 'startDate', 'endDate', 'brand', 'hosts', '__proto__', 'constructor')), tie('node'), { maxKeys: 8 })),
})).node;

/** JSON nested far deeper than any body Huiwu accepts. */
const deep = fc.integer({ min: 50, max: 2000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth));

describe('hostile input to every route', () => {
  let t: TestApp;
  let fastify: FastifyInstance;
  let f: RegistrationFixture;
  let tokens: (string | undefined)[];

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    fastify = t.app.getHttpAdapter().getInstance();
    const organizer = await signIn(t, ADMIN.email, ADMIN.password);
    f = await publishedEditionWithForum(new ScheduleBuilder(t, organizer));
    const [cfis] = (await t.http.get(`/api/organizations?q=${encodeURIComponent('中网联')}`)).body;
    tokens = [undefined, organizer, await partnerToken(t, organizer, cfis.id), 'not-a-token'];
  });
  afterAll(async () => {
    await t?.close();
  });

  it(`never answers 5xx to ${TOTAL_RUNS} generated requests, and the seat invariants hold afterwards`, async () => {
    const routes = t.routes.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    const runsPerRoute = Math.ceil(TOTAL_RUNS / routes.length);
    let sent = 0;
    const failures: string[] = [];
    for (const route of routes) {
      const params = (route.url.match(/:\w+/g) ?? []).length;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.oneof(nasty, fc.constantFrom(String(f.edition.id), f.edition.slug, String(f.forum), 'integrity-2019', '1')), { minLength: params, maxLength: params }),
          fc.dictionary(fc.oneof(nasty, fc.constantFrom('lang', 'token', 'limit', 'offset', 'q', 'year', 'brand', 'city', 'size', 'status', 'sessionId')), nasty, { maxKeys: 4 }),
          fc.oneof(value.map((v) => JSON.stringify(v) ?? 'null'), deep, nasty),
          fc.constantFrom(...tokens),
          fc.constantFrom('application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'image/png'),
          async (paramValues, query, body, token, contentType) => {
            let i = 0;
            const path = route.url.replace(/:\w+/g, () => encodeURIComponent(paramValues[i++]));
            const search = new URLSearchParams(query as Record<string, string>).toString();
            const res = await fastify.inject({
              method: route.method as 'GET',
              url: search ? `${path}?${search}` : path,
              headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': contentType, 'idempotency-key': paramValues[0] ?? 'x' },
              payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : body,
            });
            sent++;
            if (res.statusCode >= 500 && res.statusCode !== 503) failures.push(`${res.statusCode} ${route.method} ${path}?${search} ${body.slice(0, 200)} → ${res.body.slice(0, 300)}`);
            return res.statusCode < 500 || res.statusCode === 503;
          },
        ),
        { numRuns: runsPerRoute, seed: 20261122, endOnFailure: true },
      ).catch(() => undefined);
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(TOTAL_RUNS);

    const overbooked = await t.dataSource.query('SELECT session_id FROM seat_pool WHERE capacity IS NOT NULL AND taken > capacity');
    expect(overbooked).toEqual([]);
    const drift = await t.dataSource.query(
      "SELECT p.session_id FROM seat_pool p WHERE p.taken <> (SELECT COUNT(*) FROM session_seat x WHERE x.session_id = p.session_id AND x.status = 'confirmed')",
    );
    expect(drift).toEqual([]);
  });
});
