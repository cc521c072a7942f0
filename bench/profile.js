'use strict';
// `npm run bench:profile [-- --sqlite] [--duration 5] [--only live,program,ics,pdf,list,list-session,register]`:
// where a request's time goes. Starts the production build under `node --cpu-prof`, loads one
// endpoint after another as the bench does (50 connections, phones' Accept-Encoding; 100 for
// registrations), and prints for each the frames with the most self time in its window of the
// profile, and the same time by package or app module. The profile is kept under
// bench/results/profiles/ for Chrome DevTools or speedscope.
const { randomBytes } = require('node:crypto');
const { copyFileSync, mkdirSync, readFileSync, readdirSync } = require('node:fs');
const path = require('node:path');
const { startAppServer } = require('./lib/app-server');
const { createBenchDatabase, makeTmpDir, removeTmpDir } = require('./lib/bench-database');
const { runJson } = require('./lib/children');
const { formatSummary, summarize } = require('./lib/cpu-profile');
const { seedEditions } = require('./lib/seed-editions');

const PHONE = { 'accept-encoding': 'br, gzip' };
const TARGETS = ['live', 'program', 'ics', 'pdf', 'list', 'list-session', 'register'];
const log = (message) => process.stderr.write(`${message}\n`);

function parseArgs(argv) {
  const options = { sqlite: false, duration: 5, only: TARGETS };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sqlite') options.sqlite = true;
    else if (argv[i] === '--duration' && /^\d+$/.test(argv[i + 1] ?? '')) options.duration = Number(argv[++i]);
    else if (argv[i] === '--only' && argv[i + 1]) options.only = argv[++i].split(',').filter((t) => TARGETS.includes(t));
    else throw new Error(`Unknown argument ${argv[i]}; usage: npm run bench:profile -- [--sqlite] [--duration s] [--only ${TARGETS.join(',')}]`);
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const tmpDir = makeTmpDir();
  const db = await createBenchDatabase({ sqlite: options.sqlite, tmpDir });
  const profileDir = path.join(tmpDir, 'profile');
  let server = null;
  try {
    const [edition] = await seedEditions(db.url, [{ sessions: 50, rooms: 10, speakers: 150, registrations: 1_000, year: 2091, brand: 'integrity' }], log);
    // Every registration confirmed, as in the bench's large session (a full one waitlists: other statements).
    if (!options.sqlite) await db.query('UPDATE seat_pool SET capacity = NULL WHERE session_id = ?', [edition.largestSessionId]);
    // The organizers' list (list, list-session) is read signed in, as in the bench.
    const admin = { email: 'bench@huiwu.example', password: randomBytes(12).toString('hex') };
    const spawnedAt = performance.now();
    server = await startAppServer({
      logFile: path.join(tmpDir, 'server.log'),
      nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
      env: {
        DATABASE_URL: db.url, JOBS_ENABLED: 'false', LOG_LEVEL: 'warn', SEED_ON_START: 'never',
        REGISTRATION_ADDRESS_PER_HOUR: '1000000', REGISTRATION_EDITION_PER_MINUTE: '1000000', MAIL_RECIPIENT_PER_HOUR: '1000000', MAIL_RECIPIENT_PER_DAY: '1000000',
        REGISTRATION_CHALLENGE_AFTER: '1000000', REGISTRATION_EDITION_CHALLENGE_AFTER: '1000000',
        CACHE_DIR: path.join(tmpDir, 'cache'), MAIL_SPOOL: path.join(tmpDir, 'mail.jsonl'),
        ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password,
      },
    });
    const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) });
    if (login.status !== 200 && login.status !== 201) throw new Error(`Signing in answered ${login.status}`);
    const auth = { authorization: `Bearer ${(await login.json()).token}` };
    const list = `${server.url}/api/editions/${edition.editionId}/registrations?limit=50`;
    const base = `/api/editions/${edition.edition}`;
    const { version: privacyNoticeVersion } = await (await fetch(`${server.url}/api/editions/${edition.editionId}/privacy-notice`)).json();
    const specs = {
      live: { url: `${server.url}/api/health/live` },
      program: { url: `${server.url}${base}/program`, headers: PHONE },
      ics: { url: `${server.url}${base}/calendar.ics`, headers: PHONE },
      pdf: { url: `${server.url}${base}/program.pdf`, headers: PHONE },
      list: { url: list, headers: auth },
      'list-session': { url: `${list}&sessionId=${edition.largestSessionId}`, headers: auth },
      register: { url: `${server.url}/api/editions/${edition.editionId}/registrations`, connections: 100, register: { sessionIds: [edition.largestSessionId], tag: randomBytes(4).toString('hex'), privacyNoticeVersion } },
    };
    const windows = [];
    for (const target of options.only) {
      const spec = specs[target];
      if (!spec.register) await fetch(spec.url, { headers: spec.headers }); // rendered and cached before the window
      const fromMs = performance.now() - spawnedAt;
      const result = await runJson('load.js', { connections: 50, duration: options.duration, ...spec }, (options.duration + 60) * 1000);
      windows.push({ target, fromMs, toMs: performance.now() - spawnedAt, rps: result.rps });
      log(`  ${target}: ${Math.round(result.rps)} req/s`);
    }
    // Time to answer what is in flight and write the profile (a killed process writes none).
    await server.stop(60_000);
    server = null;
    const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('the server wrote no .cpuprofile');
    const profile = JSON.parse(readFileSync(path.join(profileDir, file), 'utf8'));
    const kept = path.join(__dirname, 'results', 'profiles', `${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
    mkdirSync(path.dirname(kept), { recursive: true });
    copyFileSync(path.join(profileDir, file), kept);
    for (const w of windows) {
      // The profile starts with the process, a few ms after the spawn: a margin keeps the edges out.
      const summary = summarize(profile, { fromMs: w.fromMs + 300, toMs: w.toMs - 300 });
      console.log(`\n${formatSummary(`${w.target} (${Math.round(w.rps)} req/s)`, summary)}`);
    }
    console.log(`\nprofile: ${path.relative(path.join(__dirname, '..'), kept)}`);
  } finally {
    if (server) await server.stop();
    await db.drop();
    removeTmpDir(tmpDir);
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
