'use strict';
// `npm run bench -- --galera [--duration 10] [--quick]`: registrations per second on a local
// three-node MariaDB Galera cluster (scripts/galera-cluster.sh), one app process per node, against
// one app process on one node of the same cluster in the same run; the cluster's conflict retries
// (huiwu_transaction_retries_total from /metrics) and the seat invariants afterwards.
const { execFile } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const path = require('node:path');
const { promisify } = require('node:util');
const { startAppServer } = require('./lib/app-server');
const { makeTmpDir, removeTmpDir } = require('./lib/bench-database');
const { runJson } = require('./lib/children');
const { fix } = require('./lib/report');
const { seatChecks } = require('./lib/seat-checks');
const { seedEditions } = require('./lib/seed-editions');

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..');
const SCRIPT = path.join(ROOT, 'scripts', 'galera-cluster.sh');
const PORTS = [4301, 4302, 4303];
const CONNECTIONS = 99;
const METRICS_TOKEN = randomBytes(16).toString('hex');
const log = (message) => process.stderr.write(`${message}\n`);

const APP_ENV = {
  JOBS_ENABLED: 'false',
  LOG_LEVEL: 'warn',
  SEED_ON_START: 'never',
  METRICS_TOKEN,
  REGISTRATION_ADDRESS_PER_HOUR: '1000000',
  REGISTRATION_EDITION_PER_MINUTE: '1000000',
  MAIL_RECIPIENT_PER_HOUR: '1000000',
  MAIL_RECIPIENT_PER_DAY: '1000000',
  REGISTRATION_CHALLENGE_AFTER: '1000000',
  REGISTRATION_EDITION_CHALLENGE_AFTER: '1000000',
};

/** Each process starts on its own node and knows the others to move to. */
function urlFrom(first, database) {
  const hosts = [0, 1, 2].map((i) => `127.0.0.1:${PORTS[(first + i) % 3]}`).join(',');
  return `mariadb://root@${hosts}/${database}`;
}

async function retriesOf(server) {
  const text = await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const line = text.split('\n').find((l) => l.startsWith('huiwu_transaction_retries_total '));
  return line ? Number(line.split(' ').pop()) : 0;
}

/** `load.js` on several servers at once, the connections shared among them; the figures summed. */
async function registerOn(servers, { duration, sessionIds, privacyNoticeVersion, tag }) {
  const each = Math.floor(CONNECTIONS / servers.length);
  const results = await Promise.all(
    servers.map((server, i) =>
      runJson(
        'load.js',
        { url: `${server.url}/api/editions/${server.editionId}/registrations`, connections: each, duration, register: { sessionIds, tag: `${tag}-${i}`, privacyNoticeVersion } },
        (duration + 60) * 1000,
      ),
    ),
  );
  const sum = (key) => results.reduce((a, r) => a + (r[key] ?? 0), 0);
  const statusCodes = {};
  for (const r of results) for (const [code, n] of Object.entries(r.statusCodes)) statusCodes[code] = (statusCodes[code] ?? 0) + n;
  return { rps: sum('rps'), completed: sum('completed'), non2xx: sum('non2xx'), errors: sum('errors'), timeouts: sum('timeouts'), p99: Math.max(...results.map((r) => r.p99 ?? 0)), statusCodes };
}

async function main() {
  const argv = process.argv.slice(2).filter((a) => a !== '--galera');
  let duration = 10;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') duration = 3;
    else if (argv[i] === '--duration' && /^\d+$/.test(argv[i + 1] ?? '')) duration = Number(argv[++i]);
    else throw new Error(`Unknown argument ${argv[i]}; usage: npm run bench -- --galera [--duration seconds] [--quick]`);
  }
  const tmpDir = makeTmpDir();
  const clusterDir = path.join(tmpDir, 'cluster');
  const cleanup = [() => removeTmpDir(tmpDir)];
  try {
    log('starting a three-node Galera cluster (scripts/galera-cluster.sh)');
    cleanup.push(() => run(SCRIPT, ['stop', clusterDir], { timeout: 120_000 }));
    await run(SCRIPT, ['start', clusterDir], { timeout: 240_000 });
    const mysql = require('mysql2/promise');
    const database = `huiwu_bench_${randomBytes(4).toString('hex')}`;
    const admin = await mysql.createConnection({ host: '127.0.0.1', port: PORTS[0], user: 'root' });
    await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.changeUser({ database });
    const db = { query: async (sql, params = []) => (await admin.query(sql, params))[0] };

    // Migrate and seed through node 1, as the single-node process will run on it.
    const [edition] = await seedEditions(urlFrom(0, database), [{ sessions: 50, rooms: 10, speakers: 150, registrations: 1_000, year: 2094, brand: 'integrity' }], log);
    const sessionIds = [edition.largestSessionId];

    const start = (first, name) => startAppServer({ env: { ...APP_ENV, DATABASE_URL: urlFrom(first, database) }, logFile: path.join(tmpDir, `${name}.log`), readyTimeoutMs: 180_000 });
    const { version: privacyNoticeVersion } = await (async () => {
      const probe = await start(0, 'probe');
      try {
        return await (await fetch(`${probe.url}/api/editions/${edition.editionId}/privacy-notice`)).json();
      } finally {
        await probe.stop();
      }
    })();

    log(`one process on one node, ${CONNECTIONS} connections, ${duration} s`);
    const single = await start(0, 'single');
    single.editionId = edition.editionId;
    const singleRetriesBefore = await retriesOf(single);
    const one = await registerOn([single], { duration, sessionIds, privacyNoticeVersion, tag: `g1-${randomBytes(3).toString('hex')}` });
    one.retries = (await retriesOf(single)) - singleRetriesBefore;
    await single.stop();
    log(`  ${fix(one.rps)} registrations/s, p99 ${fix(one.p99)} ms, ${one.non2xx} non-2xx, ${one.retries} retries`);

    log(`three processes on three nodes, ${CONNECTIONS} connections in all, ${duration} s`);
    const servers = [];
    for (const first of [0, 1, 2]) {
      const server = await start(first, `node-${first + 1}`);
      server.editionId = edition.editionId;
      servers.push(server);
    }
    cleanup.push(() => Promise.all(servers.map((s) => s.stop())));
    const before = await Promise.all(servers.map(retriesOf));
    const tag = `g3-${randomBytes(3).toString('hex')}`;
    const three = await registerOn(servers, { duration, sessionIds, privacyNoticeVersion, tag });
    const after = await Promise.all(servers.map(retriesOf));
    three.retries = after.reduce((a, n, i) => a + n - before[i], 0);
    log(`  ${fix(three.rps)} registrations/s, p99 ${fix(three.p99)} ms, ${three.non2xx} non-2xx, ${three.retries} retries`);

    const answered2xx = Object.entries(three.statusCodes).filter(([c]) => c.startsWith('2')).reduce((a, [, n]) => a + n, 0);
    const checks = await seatChecks(db, { sessionId: edition.largestSessionId, emailPattern: `bench-${tag}-%`, answered2xx, unanswered: three.timeouts + CONNECTIONS });
    await admin.end();

    console.log(
      [
        '',
        `Galera (3 nodes, local, one machine): registrations over three nodes ${fix(three.rps)}/s vs one node ${fix(one.rps)}/s = ${fix(three.rps / one.rps, 2)}×`,
        `  conflict retries: ${three.retries} over three nodes (${fix((1000 * three.retries) / Math.max(1, three.completed), 1)} per 1,000 registrations), ${one.retries} on one node`,
        `  non-2xx: ${three.non2xx} over three nodes, ${one.non2xx} on one; p99 ${fix(three.p99)} / ${fix(one.p99)} ms`,
        `  seat checks after the run: ${checks.ok ? 'all passed' : 'FAILED'}`,
        ...checks.checks.map((c) => `  - ${c.ok ? 'ok' : 'FAILED'}: ${c.name} = ${c.value}`),
        'All three nodes share this machine\'s cores: the ratio measures the cost of certification and retries, not the capacity three machines would add.',
      ].join('\n'),
    );
  } finally {
    for (const task of cleanup.reverse()) await Promise.resolve().then(task).catch((e) => log(`cleanup: ${e.message}`));
  }
}

main().catch((error) => {
  log(`bench --galera failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
