'use strict';
// `npm run bench [-- --sqlite] [--duration 10] [--quick]`: measures the production build against
// its floors in one run and reports the targets of the "measured speed" issue. Exits non-zero
// only when the harness itself fails; a missed target is a finding, reported, not a failure.
const { randomBytes } = require('node:crypto');
const { existsSync, mkdirSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startAppServer } = require('./lib/app-server');
const { createBenchDatabase, makeTmpDir, removeTmpDir } = require('./lib/bench-database');
const { machineTicks } = require('./lib/rss-sampler');
const { runJson, startFloorServer } = require('./lib/children');
const { markdown, summaryBlock, checkList, fix } = require('./lib/report');
const { seatChecks } = require('./lib/seat-checks');
const { seedEditions } = require('./lib/seed-editions');
const { evaluateTargets, growthOf } = require('./lib/targets');

const ROOT = path.join(__dirname, '..');
const READ_CONNECTIONS = 50;
const WRITE_CONNECTIONS = 100;
/** The app's own MySQL pool size (src/database/data-source-options.ts): the db floor uses the same. */
const APP_POOL = 20;
const EDITIONS = [
  { sessions: 50, rooms: 10, speakers: 150, registrations: 1_000, year: 2091 },
  { sessions: 300, rooms: 40, speakers: 500, registrations: 5_000, year: 2092 },
  { sessions: 1_000, rooms: 40, speakers: 1_500, registrations: 10_000, year: 2093 },
];
const DOCUMENTS = [
  { key: 'program', label: 'GET /api/editions/:slug/program', path: (slug) => `/api/editions/${slug}/program` },
  { key: 'ics', label: 'GET /api/editions/:slug/calendar.ics', path: (slug) => `/api/editions/${slug}/calendar.ics` },
  { key: 'pdf', label: 'GET /api/editions/:slug/program.pdf', path: (slug) => `/api/editions/${slug}/program.pdf` },
];

/** What a phone's browser sends: the documents are served compressed to it (issue 22). */
const PHONE = { 'accept-encoding': 'br, gzip' };

const log = (message) => process.stderr.write(`${message}\n`);

/** A mistake on the command line: the message is the whole story, no stack trace. */
class UsageError extends Error {}

function parseArgs(argv) {
  const options = { sqlite: false, duration: 10 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sqlite') options.sqlite = true;
    else if (argv[i] === '--quick') options.duration = 3;
    else if (argv[i] === '--duration' && /^\d+$/.test(argv[i + 1] ?? '')) options.duration = Number(argv[++i]);
    else throw new UsageError(`Unknown argument ${argv[i]}; usage: npm run bench -- [--sqlite] [--duration seconds] [--quick]`);
  }
  return options;
}

/** Runs a floor and notes how busy the machine was meanwhile (others may share it). */
async function withMachine(work) {
  const before = machineTicks();
  const result = await work();
  const after = machineTicks();
  return { ...result, machineBusy: (100 * (after.busy - before.busy)) / (after.total - before.total) };
}

/** fetch decompresses: `bytes` is the document's size, `wireBytes` what crossed the network (Content-Length). */
async function timedGet(url, headers = {}) {
  const started = performance.now();
  const response = await fetch(url, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  const length = Number(response.headers.get('content-length'));
  return { status: response.status, ms: performance.now() - started, bytes: body.length, wireBytes: Number.isFinite(length) && length > 0 ? length : body.length, coding: response.headers.get('content-encoding'), body };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  for (const file of ['dist/src/main.js', 'dist/seeds/demo/demo-edition.js']) {
    if (!existsSync(path.join(ROOT, file))) throw new Error(`${file} is missing: run \`npm run build\` (npm run bench does)`);
  }
  const startedAt = new Date();
  // Others may share this machine: what was already running colours every figure below.
  const loadAtStart = os.loadavg()[0];
  const tmpDir = makeTmpDir();
  const cleanup = [() => removeTmpDir(tmpDir)];
  const runCleanup = async () => {
    for (const task of cleanup.splice(0).reverse()) await Promise.resolve().then(task).catch((e) => log(`cleanup: ${e.message}`));
  };
  process.once('SIGINT', () => runCleanup().finally(() => process.exit(130)));

  try {
    const db = await createBenchDatabase({ sqlite: options.sqlite, tmpDir });
    cleanup.push(() => db.drop());
    log(`database: ${db.label}${db.name ? ` (${db.name})` : ''}; load average ${loadAtStart.toFixed(2)}${loadAtStart > 1 ? ' (other work is running: expect lower figures)' : ''}`);
    const editions = await seedEditions(db.url, EDITIONS.map((e) => ({ ...e, brand: 'integrity' })), log);
    const big = editions[editions.length - 1];
    const rows = [];
    const loadTimeout = (options.duration + 60) * 1000;
    const load = (spec) => runJson('load.js', { duration: options.duration, connections: READ_CONNECTIONS, ...spec }, loadTimeout);
    const report = (row) => {
      rows.push(row);
      log(
        `  ${row.label}${row.sessions ? ` [${row.sessions}]` : ''}: ${fix(row.rps)} req/s, p50 ${fix(row.p50, 1)} ms, p99 ${fix(row.p99, 1)} ms, ` +
          `non-2xx ${row.non2xx}, errors ${row.errors}${row.serverCpu != null ? `, server CPU ${fix(row.serverCpu)} %` : ''}, machine busy ${fix(row.machineBusy)} %`,
      );
      return row;
    };

    // Floors first, while nothing else runs.
    log('floors');
    const floorServer = await startFloorServer();
    cleanup.push(() => floorServer.stop());
    const nestFloorServer = await startFloorServer('floor-nest.js');
    cleanup.push(() => nestFloorServer.stop());
    const httpFloor = report({ key: 'floor-http', label: 'node:http, constant (floor)', connections: READ_CONNECTIONS, ...(await withMachine(() => load({ url: `${floorServer.url}/` }))) });
    const nestFloor = report({ key: 'floor-nest', label: 'Nest + Fastify, one bare route, constant (floor)', connections: READ_CONNECTIONS, ...(await withMachine(() => load({ url: `${nestFloorServer.url}/` }))) });
    // MariaDB: the registration's own statements, recorded from the app and replayed by mysql2
    // (bench/registration-statements.js); SQLite: the seat transaction alone.
    const statementsFile = options.sqlite ? undefined : path.join(tmpDir, 'registration-statements.json');
    if (statementsFile) await runJson('registration-statements.js', { url: db.url, editionId: big.editionId, sessionId: big.largestSessionId, out: statementsFile }, 120_000);
    const dbFloor = report({
      key: 'floor-db',
      label: options.sqlite ? 'better-sqlite3 seat transaction (floor)' : `mysql2, the registration's own statements, pool ${APP_POOL} (floor)`,
      connections: options.sqlite ? 1 : WRITE_CONNECTIONS,
      ...(await withMachine(() =>
        runJson('floor-db.js', { url: db.url, sessionId: big.largestSessionId, workers: WRITE_CONNECTIONS, pool: APP_POOL, duration: options.duration, statementsFile }, loadTimeout),
      )),
    });
    if (dbFloor.statementsPerRegistration) log(`  (${dbFloor.statementsPerRegistration} statements a registration, as the app sends them${dbFloor.errors ? `; ${dbFloor.errors} failed: ${dbFloor.firstError}` : ''})`);

    log('starting the server');
    const admin = { email: 'bench@huiwu.example', password: randomBytes(12).toString('hex') };
    const server = await startAppServer({
      logFile: path.join(tmpDir, 'server.log'),
      env: {
        DATABASE_URL: db.url,
        JOBS_ENABLED: 'false',
        LOG_LEVEL: 'warn',
        SEED_ON_START: 'never',
        // The load comes from one address, many thousand registrations a minute: past every limit meant for the public form.
        REGISTRATION_ADDRESS_PER_HOUR: '1000000',
        REGISTRATION_EDITION_PER_MINUTE: '1000000',
        MAIL_RECIPIENT_PER_HOUR: '1000000',
        MAIL_RECIPIENT_PER_DAY: '1000000',
        REGISTRATION_CHALLENGE_AFTER: '1000000',
        REGISTRATION_EDITION_CHALLENGE_AFTER: '1000000',
        ADMIN_EMAIL: admin.email,
        ADMIN_PASSWORD: admin.password,
        // Fresh, so the first PDF is really rendered and not found on disk from another run.
        CACHE_DIR: path.join(tmpDir, 'cache'),
        MAIL_SPOOL: path.join(tmpDir, 'mail.jsonl'),
      },
    });
    cleanup.push(() => server.stop());
    const measure = async (row, spec) => {
      server.sampler.nextPhase();
      const result = await load(spec);
      if (!server.alive()) throw new Error(`The server died during ${row.label}:\n${server.tail()}`);
      return report({ ...row, ...result, ...server.sampler.nextPhase() });
    };
    /** A document read as a phone reads it, after its first (cold) answer `first`; `plainBytes`: its size uncompressed. */
    const measureDocument = (row, first, plainBytes, url) =>
      measure(
        { ...row, connections: READ_CONNECTIONS, bytes: first.wireBytes, plainBytes, coding: first.coding ?? 'identity', floor: { name: 'node:http', rps: httpFloor.rps } },
        { url, headers: PHONE },
      );
    await timedGet(`${server.url}/api/health/live`); // warms this process's fetch, not the server
    const idleRssMb = server.sampler.nextPhase().rssMb;
    const appFloor = await measure({ key: 'floor-app', label: 'GET /api/health/live (app floor)', connections: READ_CONNECTIONS }, { url: `${server.url}/api/health/live` });

    log('program, calendar and printed program by size');
    const cold = [];
    let bigProgram = null;
    for (const edition of editions) {
      for (const doc of DOCUMENTS) {
        const url = `${server.url}${doc.path(edition.edition)}`;
        const first = await timedGet(url, PHONE);
        if (first.status !== 200) throw new Error(`${doc.label} for ${edition.edition} answered ${first.status}: ${first.body.toString('utf8', 0, 300)}`);
        // A second cold sample, since one is at the mercy of whatever else runs: the English
        // calendar and PDF are rendered and cached apart; the program JSON is too.
        const second = await timedGet(`${url}?lang=en`, PHONE);
        const plain = await timedGet(url);
        cold.push({ key: doc.key, label: doc.label, sessions: edition.sessions, ms: Math.min(first.ms, second.ms), samples: [first.ms, second.ms], bytes: first.bytes });
        if (doc.key === 'program' && edition === big) bigProgram = JSON.parse(first.body.toString('utf8'));
        await measureDocument({ key: doc.key, label: doc.label, sessions: edition.sessions }, first, plain.wireBytes, url);
      }
    }

    log('personal calendar and ticket');
    // One attendee with a seat on each day, registered through the API as anyone would.
    const sessionIds = bigProgram.days.map((d) => d.sessions.find((s) => s.id !== big.largestSessionId).id);
    // Registrations consent to the edition's privacy notice, by the version it shows now.
    const { version: privacyNoticeVersion } = await (await fetch(`${server.url}/api/editions/${big.editionId}/privacy-notice`)).json();
    const registered = await fetch(`${server.url}/api/editions/${big.editionId}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '基准测试', email: 'bench-calendar@bench.huiwu.example', sessionIds, privacyNoticeVersion }),
    });
    const attendee = await registered.json();
    if (registered.status !== 201 || !attendee.code || !attendee.token) throw new Error(`Registering the calendar attendee answered ${registered.status}: ${JSON.stringify(attendee).slice(0, 300)}`);
    // The calendar and the ticket (a PDF with the signed QR code), both cached per registration
    // state, asked for as a phone asks, like the program they are compared with.
    const personal = [
      { key: 'personal', what: 'calendar', route: 'calendar.ics' },
      { key: 'personal-ticket', what: 'ticket', route: 'ticket.pdf' },
    ];
    for (const { key, what, route } of personal) {
      const url = `${server.url}/api/registrations/${attendee.code}/${route}?token=${encodeURIComponent(attendee.token)}`;
      const first = await timedGet(url, PHONE);
      if (first.status !== 200) throw new Error(`The personal ${what} answered ${first.status}`);
      cold.push({ key, label: `GET /api/registrations/:code/${route}`, sessions: big.sessions, ms: first.ms, bytes: first.wireBytes });
      await measureDocument({ key, label: `GET /api/registrations/:code/${route}?token=`, sessions: big.sessions }, first, first.bytes, url);
    }

    log('organizer registrations list');
    const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) });
    const { token } = await login.json();
    if (login.status !== 200 && login.status !== 201) throw new Error(`Signing in answered ${login.status}`);
    const auth = { authorization: `Bearer ${token}` };
    // Each page against the floor of its own SELECTs (bench/floor-list.js: the same statements and
    // parameters from a plain mysql2 pool of the app's size), run first while the server idles.
    const LIST_PAGES = [
      { key: 'list', query: '', filter: {} },
      { key: 'list-session', query: `&sessionId=${big.largestSessionId}`, filter: { sessionId: big.largestSessionId } },
    ];
    for (const page of LIST_PAGES) {
      const label = `GET /api/editions/:id/registrations?limit=50${page.query ? '&sessionId=' : ''}`;
      const listUrl = `${server.url}/api/editions/${big.editionId}/registrations?limit=50${page.query}`;
      const listFirst = await timedGet(listUrl, auth);
      if (listFirst.status !== 200) throw new Error(`The registrations list answered ${listFirst.status}: ${listFirst.body.toString('utf8', 0, 300)}`);
      cold.push({ key: page.key, label, sessions: big.sessions, ms: listFirst.ms, bytes: listFirst.bytes });
      // The floor before and after the app, compared with their mean: on a shared machine the
      // others' load drifts within seconds, and one floor run on one side of the app tilts the ratio.
      const listFloor = (when) =>
        withMachine(() =>
          runJson(
            'floor-list.js',
            { url: db.url, editionId: big.editionId, accountEmail: admin.email, filter: page.filter, offset: 0, limit: 50, workers: READ_CONNECTIONS, pool: APP_POOL, duration: options.duration },
            loadTimeout,
          ),
        ).then((floor) =>
          report({ key: `${page.key}-floor`, label: `${options.sqlite ? 'better-sqlite3' : `mysql2, pool ${APP_POOL}`}: the same page's SELECTs (floor, ${when})`, connections: options.sqlite ? 1 : READ_CONNECTIONS, ...floor }),
        );
      const before = await listFloor('before');
      const row = await measure(
        { key: page.key, label, sessions: big.sessions, connections: READ_CONNECTIONS, bytes: listFirst.bytes, floor: { name: options.sqlite ? 'sqlite' : 'mysql2', rps: before.rps, statements: before.statementsPerPage } },
        { url: listUrl, headers: auth },
      );
      const after = await listFloor('after');
      row.floor = { ...row.floor, rps: (before.rps + after.rps) / 2, runs: [before.rps, after.rps] };
    }

    log('registrations');
    const tag = randomBytes(4).toString('hex');
    const registrationRow = await measure(
      { key: 'register', label: 'POST /api/editions/:id/registrations', sessions: big.sessions, connections: WRITE_CONNECTIONS, floor: { name: options.sqlite ? 'sqlite' : 'mysql2', rps: dbFloor.rps } },
      { url: `${server.url}/api/editions/${big.editionId}/registrations`, connections: WRITE_CONNECTIONS, register: { sessionIds: [big.largestSessionId], tag, privacyNoticeVersion } },
    );
    const answered2xx = Object.entries(registrationRow.statusCodes).filter(([code]) => code.startsWith('2')).reduce((a, [, n]) => a + n, 0);
    // Requests still in flight when the run stopped (one per connection at most) may have registered too.
    const unanswered = registrationRow.timeouts + WRITE_CONNECTIONS;
    const checks = await seatChecks(db, { sessionId: big.largestSessionId, emailPattern: `bench-${tag}-%`, answered2xx, unanswered });

    const serverRssPeak = server.sampler.peakMb;
    await server.stop();

    // What a bare server and a bare Nest route need to send the same bytes (compressed, as
    // sent): tells the cost of size from the app's own.
    log('same-size floors');
    const sameBytesDuration = Math.max(3, Math.round(options.duration / 2));
    for (const row of rows.filter((r) => r.bytes > 0 && ['program', 'ics', 'pdf', 'personal', 'personal-ticket', 'list'].includes(r.key))) {
      const floor = await load({ url: `${floorServer.url}/bytes/${row.bytes}`, duration: sameBytesDuration });
      const nest = await load({ url: `${nestFloorServer.url}/bytes/${row.bytes}`, duration: sameBytesDuration });
      row.sameBytes = { rps: floor.rps, p99: floor.p99 };
      row.sameBytesNest = { rps: nest.rps, p99: nest.p99 };
      log(`  ${row.bytes} bytes: node:http ${fix(floor.rps)} req/s, Nest + Fastify ${fix(nest.rps)} req/s`);
    }

    // The door (issue 18): its own edition, server and floor, after everything above has stopped.
    let checkIn = null;
    if (options.sqlite) log('check-in at the door: MariaDB only, not measured with --sqlite');
    else {
      log('check-in at the door (bench/check-in.js)');
      checkIn = await runJson('check-in.js', {}, 20 * 60 * 1000);
      log(`  ${fix(checkIn.ratio, 2)}× the mysql2 floor (${fix(checkIn.app.rps)} vs ${fix(checkIn.floor.rps)} scans/s), ${checkIn.doubleAdmissions + checkIn.doubleAnswers} double admissions`);
    }

    const finishedAt = new Date();
    const results = {
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      seconds: (finishedAt - startedAt) / 1000,
      options,
      machine: {
        cores: os.cpus().length,
        model: os.cpus()[0]?.model,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadAverageAtStart: loadAtStart,
        summary: `${os.cpus().length} cores (shared; load average ${loadAtStart.toFixed(1)} at the start), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`,
      },
      database: db.label,
      editions,
      floors: { http: httpFloor, nest: nestFloor, app: appFloor, db: dbFloor },
      rows,
      cold,
      registration: { row: registrationRow, checks },
      checkIn,
      rssPeakMb: serverRssPeak,
      rssIdleMb: idleRssMb,
    };
    results.growth = growthOf(results, DOCUMENTS, EDITIONS[0].sessions, big.sessions);
    results.targets = evaluateTargets(results, big.sessions);

    const stamp = finishedAt.toISOString().replace(/[:.]/g, '-');
    const base = path.join(__dirname, 'results', `${stamp}-${options.sqlite ? 'sqlite' : 'mariadb'}`);
    mkdirSync(path.dirname(base), { recursive: true });
    writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(`${base}.md`, markdown(results));

    console.log(`\n${checkList(results)}\n`);
    console.log('<!-- summary for the README: start -->');
    console.log(summaryBlock(results));
    console.log('<!-- summary for the README: end -->');
    console.log(`\nwritten: ${path.relative(ROOT, base)}.json and .md (${fix(results.seconds)} s)`);
  } finally {
    await runCleanup();
  }
}

// `--galera` measures the cluster instead (bench/galera.js): its own database, nodes and processes.
if (process.argv.includes('--galera')) require('./galera');
else
  main().catch((error) => {
    log(error instanceof UsageError ? error.message : `bench failed: ${error.stack ?? error.message}`);
    process.exit(1);
  });
