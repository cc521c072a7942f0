'use strict';
// `npm run bench:check-in` (also the last part of `npm run bench`): door check-in on MariaDB.
// 1. 2,000 tickets scanned at 4 gates at once (8,000 POSTs, 100 connections): the app's rate
//    against a plain mysql2 floor running the same statements over a pool of the app's size, and
//    zero double admissions. 2. A gate's offline snapshot of 10,000 tickets: its size, and the time
//    to verify one scanned code in Chromium with the CPU throttled ×4 (a mid-range phone).
const { createPrivateKey, sign } = require('node:crypto');
const { copyFileSync, mkdirSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startAppServer } = require('./lib/app-server');
const { createBenchDatabase, makeTmpDir, removeTmpDir } = require('./lib/bench-database');
const { keepAliveClient } = require('./lib/keep-alive-client');
const { floorPool } = require('./lib/mysql-floor');
const { signInBatch } = require('./lib/sign-in-batch');
const { cpuMeter, databasePid } = require('./lib/process-cpu');

const TICKETS = 2_000;
const GATES = 4;
const CONNECTIONS = 100;
const APP_POOL = 20;
const SNAPSHOT_TICKETS = 10_000;
const log = (message) => process.stderr.write(`${message}\n`);

function varints(values) {
  const bytes = [1];
  for (let rest of values) {
    do {
      const low = rest & 0x7f;
      rest = Math.floor(rest / 128);
      bytes.push(rest ? low | 0x80 : low);
    } while (rest);
  }
  return Buffer.from(bytes);
}

/** The code the server would print (same key, same layout as src/credentials/ticket-codes.ts). */
function codeOf(key, editionId, registrationId, generation = 1) {
  const payload = varints([editionId, registrationId, generation]);
  return Buffer.concat([payload, sign('sha256', payload, { key, dsaEncoding: 'ieee-p1363' })]).toString('base64url');
}

/** Runs `jobs` with `width` in flight; answers the latencies (ms) and the count of failures. */
async function pooled(jobs, width, run) {
  const latencies = [];
  let failures = 0;
  let firstFailure = null;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const t0 = performance.now();
        try {
          await run(job);
          latencies.push(performance.now() - t0);
        } catch (error) {
          // The first is kept: the note of a run says what failed, not only how many.
          if (failures++ === 0) firstFailure = error.message;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { completed: latencies.length, failures, firstFailure, seconds, rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99) };
}

async function api(url, token, method, route, body) {
  const response = await fetch(`${url}${route}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${route} → ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

/**
 * The floor: what a scan costs the database alone, the app's very statements in the app's order
 * (the sign-in's one read of the account and its team grants, shared by the scans of one turn as the app shares it, the door's one read from src/check-in/door-statements.ts
 * as built, the INSERT a unique key guards, the arrival's mark the first time; after losing the
 * race for the admission, the kept one's read and the duplicate's INSERT), on a pool of the app's
 * size, with the same ticket at four gates at once. Only the HTTP, the signature check and the
 * framework are missing: what the ratio measures.
 */
async function floor(db, editionId, registrations, gates, accountId) {
  const { DOOR_READ_BY_ID, DOOR_KEPT, DOOR_INSERT } = require(path.join(__dirname, '..', 'dist', 'src', 'check-in', 'door-statements.js'));
  const { ARRIVAL_MARK } = require(path.join(__dirname, '..', 'dist', 'src', 'registrations', 'arrival-mark.js'));
  const pool = floorPool(db.url, APP_POOL, 100000);
  // As the app: the sign-ins asked for in one turn are one statement.
  const signIns = signInBatch((sql, parameters) => pool.query(sql, parameters));
  const jobs = [];
  for (const id of registrations) for (let g = 0; g < GATES; g++) jobs.push({ g, id });
  const insert = (row) =>
    pool.query(DOOR_INSERT, [editionId, row.gateId, row.id, null, null, row.admission, row.outcome, row.firstId, row.now, row.now, false, row.device, row.scanId, accountId, 'bench@huiwu.example']);
  let n = 0;
  const statements = { admitted: 0, already: 0, scans: 0, total: 0 };
  const result = await pooled(jobs, CONNECTIONS, async ({ g, id }) => {
    const scanId = `floor-${++n}`;
    const device = `floor-gate-${g}`;
    const gateId = gates[g].id;
    let count = 0;
    const q = async (sql, params) => {
      count++;
      return pool.query(sql, params);
    };
    await signIns.read(accountId);
    const [rows] = await q(DOOR_READ_BY_ID, [id, gateId]);
    const now = new Date();
    let kept = rows.find((r) => r.k_admission === 'e');
    let outcome = 'already';
    if (!kept) {
      count++;
      try {
        await insert({ gateId, id, admission: 'e', outcome: 'admitted', firstId: null, now, device, scanId });
        if (rows[0].r_checked_in_at === null) await q(ARRIVAL_MARK, [now, id]);
        outcome = 'admitted';
      } catch (error) {
        if (error.code !== 'ER_DUP_ENTRY') throw error;
        [[kept]] = await q(DOOR_KEPT, [id, 'e']);
      }
    }
    if (outcome === 'already') {
      count++;
      await insert({ gateId, id, admission: null, outcome: 'duplicate', firstId: kept.id, now, device, scanId });
    }
    statements[outcome]++;
    statements.scans++;
    statements.total += count;
  });
  // The floor's rows go; the app's run starts from the same table as the floor did.
  await pool.query("DELETE FROM check_in WHERE device_id LIKE 'floor-%'");
  await pool.query('UPDATE registration SET checked_in_at = NULL WHERE edition_id = ?', [editionId]);
  await pool.end();
  return { ...result, statementsPerScan: (statements.total + signIns.statements) / statements.scans, admitted: statements.admitted };
}

/** The offline verify time in Chromium, CPU ×4: a snapshot of SNAPSHOT_TICKETS tickets signed with the server's key. */
async function offlineVerify(url, key, editionId) {
  const { chromium } = require('playwright-core');
  const tickets = Array.from({ length: SNAPSHOT_TICKETS }, (_, i) => [i + 1, 1, `AAAAA-${String(i).padStart(5, '2').slice(-5).replace(/[01]/g, '2')}`, `参会者${i + 1}`, '中国网络社会组织联合会', 1, []]);
  const payload = JSON.stringify({ v: 1, editionId, issuedAt: new Date().toISOString(), gate: { id: 1, editionId, name: '东门', sessionIds: null, zone: null }, tiers: [[1, '代表证', 'Delegate', '#1f5fbf']], sessions: [], tickets, admitted: [] });
  const snapshot = { payload, signature: sign('sha256', Buffer.from(payload), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url'), publicKey: (await api(url, null, 'GET', '/api/check-in/public-key')).publicKey };
  const codes = Array.from({ length: 200 }, (_, i) => `${url}/t/${codeOf(key, editionId, 1 + ((i * 37) % SNAPSHOT_TICKETS))}`);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    return await page.evaluate(
      async ({ snapshot, codes }) => {
        const offline = await import('/assets/check-in-offline.js');
        const t0 = performance.now();
        const opened = await offline.openSnapshot(snapshot);
        const openMs = performance.now() - t0;
        const times = [];
        for (const code of codes) {
          const t = performance.now();
          const answer = await offline.judgeOffline(opened, code, 'bench');
          if (answer.outcome !== 'admitted' && answer.outcome !== 'already') throw new Error(`offline judged ${answer.outcome}`);
          times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        return { openMs, p50: times[Math.floor(times.length / 2)], p99: times[Math.floor(times.length * 0.99)], max: times[times.length - 1] };
      },
      { snapshot, codes },
    );
  } finally {
    await browser.close();
  }
}

async function main() {
  const tmpDir = makeTmpDir();
  const db = await createBenchDatabase({ sqlite: false, tmpDir });
  let server;
  try {
    log(`check-in bench: ${db.label} (${db.name})`);
    const admin = { email: 'bench@huiwu.example', password: 'bench-password-1' };
    server = await startAppServer({
      logFile: path.join(tmpDir, 'server.log'),
      env: {
        DATABASE_URL: db.url, JOBS_ENABLED: 'false', LOG_LEVEL: 'warn', SEED_ON_START: 'never', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password,
        REGISTRATION_ADDRESS_PER_HOUR: '1000000', REGISTRATION_EDITION_PER_MINUTE: '1000000', MAIL_RECIPIENT_PER_HOUR: '1000000', MAIL_RECIPIENT_PER_DAY: '1000000',
        REGISTRATION_CHALLENGE_AFTER: '1000000', REGISTRATION_EDITION_CHALLENGE_AFTER: '1000000', MAIL_SPOOL: path.join(tmpDir, 'mail.jsonl'), CACHE_DIR: path.join(tmpDir, 'cache'),
      },
    });
    const { url } = server;
    const { token } = await api(url, null, 'POST', '/api/auth/login', admin);
    await api(url, token, 'POST', '/api/brands', { slug: 'integrity', name: '中国网络诚信大会' }).catch(() => undefined);
    const edition = await api(url, token, 'POST', '/api/editions', { brand: 'integrity', year: 2094, title: '2094 测试大会', startDate: '2094-12-01', endDate: '2094-12-02', city: '西安' });
    const session = (await api(url, token, 'POST', `/api/editions/${edition.id}/sessions`, { kind: 'main_forum', title: '主论坛', startsAt: '2094-12-01T09:00', endsAt: '2094-12-01T12:00' })).session;
    await api(url, token, 'PATCH', `/api/editions/${edition.id}`, { status: 'published' });
    await api(url, token, 'POST', `/api/editions/${edition.id}/releases`, { note: 'v1' });
    const privacy = (await api(url, null, 'GET', `/api/editions/${edition.id}/privacy-notice`)).version;
    log(`registering ${TICKETS} attendees`);
    const registered = [];
    await pooled(Array.from({ length: TICKETS }, (_, i) => i), 20, async (i) => {
      const body = await api(url, null, 'POST', `/api/editions/${edition.id}/registrations`, { name: `参会者${i}`, email: `door${i}@example.com`, sessionIds: [session.id], privacyNoticeVersion: privacy });
      registered.push(body.code);
    });
    const gates = [];
    for (let g = 1; g <= GATES; g++) gates.push(await api(url, token, 'POST', `/api/editions/${edition.id}/gates`, { name: `${g}号门` }));
    const [{ value: pem }] = await db.query("SELECT value FROM app_setting WHERE `key` = 'check-in.ticket_signing_key'");
    const key = createPrivateKey(pem);
    const ids = (await db.query('SELECT id FROM registration WHERE edition_id = ? ORDER BY id', [edition.id])).map((r) => r.id);
    log(`registered ${ids.length}; floor (mysql2, pool ${APP_POOL}, ${CONNECTIONS} in flight)`);
    const [{ id: accountId }] = await db.query('SELECT id FROM account WHERE email = ?', [admin.email]);
    // InnoDB purges deleted and updated rows' old versions in the background, on the database's
    // CPU: each run starts once that is done, so neither pays for what came before it (the app's
    // run came right after the floor's clean-up of its 8,000 rows, and paid for their purge).
    const settle = async () => {
      const started = Date.now();
      while (Date.now() - started < 30_000) {
        const [{ Value: history }] = await db.query("SHOW GLOBAL STATUS LIKE 'Innodb_history_list_length'");
        if (Number(history) < 50) return Date.now() - started;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return Date.now() - started;
    };
    await settle();
    // CPU per scan of each process taking part: what the ratio is made of.
    const dbPid = databasePid();
    // Statements as the database counted them (its own `Questions`), against the floor's own count.
    const questions = async () => Number((await db.query("SHOW GLOBAL STATUS LIKE 'Questions'"))[0].Value);
    let asked = await questions();
    const floorCpu = cpuMeter({ client: 'self', database: dbPid });
    const floorRun = await floor(db, edition.id, ids, gates, accountId);
    floorRun.cpuPerScanUs = floorCpu.stop(TICKETS * GATES);
    floorRun.databaseStatementsPerScan = ((await questions()) - asked) / (TICKETS * GATES);
    log(`  floor: ${floorRun.rps.toFixed(0)} scans/s, p50 ${floorRun.p50.toFixed(1)} ms, p99 ${floorRun.p99.toFixed(1)} ms, failures ${floorRun.failures}, ${floorRun.statementsPerScan.toFixed(2)} statements a scan, admitted ${floorRun.admitted}`);
    const codes = ids.map((id) => codeOf(key, edition.id, id));
    const jobs = [];
    // Each gate scans every ticket, the gates interleaved: the same ticket is in flight at several gates at once.
    for (let i = 0; i < codes.length; i++) for (let g = 0; g < GATES; g++) jobs.push({ gate: gates[g].id, code: codes[i], scan: `g${g}-${i}` });
    const outcomes = {};
    // One keep-alive connection per scan in flight; the lightest client (see keep-alive-client.js):
    // it shares the cores with the server, and the floor has no HTTP client at all.
    const scans = keepAliveClient(url, { connections: CONNECTIONS, headers: { authorization: `Bearer ${token}` } });
    log(`  the database purged the floor's rows in ${await settle()} ms`);
    asked = await questions();
    const appCpu = cpuMeter({ server: server.pid, client: 'self', database: dbPid });
    const appRun = await pooled(jobs, CONNECTIONS, async (job) => {
      const answer = await scans.post(`/api/gates/${job.gate}/scans`, { code: `${url}/t/${job.code}`, deviceId: `bench-gate-${job.gate}`, clientScanId: job.scan });
      outcomes[answer.outcome] = (outcomes[answer.outcome] ?? 0) + 1;
    });
    await scans.close();
    appRun.cpuPerScanUs = appCpu.stop(jobs.length);
    appRun.databaseStatementsPerScan = ((await questions()) - asked) / jobs.length;
    const doubles = await db.query('SELECT registration_id, COUNT(*) AS n FROM check_in WHERE admission IS NOT NULL GROUP BY registration_id, admission HAVING COUNT(*) > 1');
    const [{ admitted }] = await db.query('SELECT COUNT(DISTINCT registration_id) AS admitted FROM check_in WHERE edition_id = ? AND admission IS NOT NULL', [edition.id]);
    log(`  app: ${appRun.rps.toFixed(0)} scans/s, p50 ${appRun.p50.toFixed(1)} ms, p99 ${appRun.p99.toFixed(1)} ms, failures ${appRun.failures}${appRun.firstFailure ? ` (first: ${appRun.firstFailure.slice(0, 200)})` : ''}; outcomes ${JSON.stringify(outcomes)}`);
    // A failed scan is rare and says little by its answer alone: keep the server's log lines that
    // explain it (error and warn; the server runs at LOG_LEVEL warn) beside the results.
    if (appRun.failures > 0) log(`  the server's log of the failure: ${keepServerLog(path.join(tmpDir, 'server.log'))}`);
    log(`  CPU per scan (µs): floor ${JSON.stringify(floorRun.cpuPerScanUs)}; app ${JSON.stringify(appRun.cpuPerScanUs)}; statements the database counted a scan: floor ${floorRun.databaseStatementsPerScan.toFixed(2)}, app ${appRun.databaseStatementsPerScan.toFixed(2)}`);
    const ratio = appRun.rps / floorRun.rps;
    // Both count: two rows holding one scope, and two gates told `admitted` for one ticket (two people let in).
    const doubleAnswers = Math.max(0, (outcomes.admitted ?? 0) - TICKETS);
    const met = ratio >= 0.5 && doubles.length === 0 && doubleAnswers === 0 && appRun.failures === 0 && Number(admitted) === TICKETS;
    log(`  ratio ${ratio.toFixed(2)}× the floor (target ≥ 0.5×): ${met ? 'met' : 'MISSED'}; double admissions: ${doubles.length} in the table, ${doubleAnswers} in the answers (target 0); admitted ${admitted} of ${TICKETS}; load average ${os.loadavg()[0].toFixed(1)} (others share the machine)`);
    log(`offline snapshot of ${SNAPSHOT_TICKETS} tickets, Chromium CPU ×4`);
    const snapshot = await api(url, token, 'GET', `/api/gates/${gates[0].id}/snapshot`);
    const offline = await offlineVerify(url, key, edition.id);
    const perTicket = Buffer.byteLength(snapshot.payload) / ids.length;
    const size = Math.round(perTicket * SNAPSHOT_TICKETS + 300);
    log(`  snapshot ≈ ${(size / 1024).toFixed(0)} KiB for ${SNAPSHOT_TICKETS} (${perTicket.toFixed(0)} bytes a ticket, measured on ${ids.length}); open+verify ${offline.openMs.toFixed(0)} ms once; per scan p50 ${offline.p50.toFixed(1)} ms, p99 ${offline.p99.toFixed(1)} ms (target < 50 ms)`);
    process.stdout.write(`${JSON.stringify({ met, offlineMet: offline.p99 < 50, loadAverage: os.loadavg()[0], floor: floorRun, app: appRun, ratio, doubleAdmissions: doubles.length, doubleAnswers: Math.max(0, (outcomes.admitted ?? 0) - TICKETS), admitted, outcomes, snapshotBytes: size, offline })}\n`);
  } finally {
    await server?.stop();
    await db.drop();
    removeTmpDir(tmpDir);
  }
}

/** Copies the bench server's log into bench/results/ (the scratch directory is removed at the end); answers its path. */
function keepServerLog(file) {
  const kept = path.join(__dirname, 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}-check-in-server.log`);
  mkdirSync(path.dirname(kept), { recursive: true });
  copyFileSync(file, kept);
  return path.relative(process.cwd(), kept);
}

main().catch((error) => {
  log(error.stack ?? String(error));
  process.exit(1);
});
