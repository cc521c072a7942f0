'use strict';
// The floor for registrations: the seat transaction alone, with nothing of the app around it.
// In its own process, against the bench database, on scratch copies of the session's seat pool
// (seat_pool) and session_seat (dropped afterwards) so the app's tables stay as the registration run left them:
//   BEGIN; UPDATE … SET taken = taken + 1 WHERE id = ? AND taken < capacity; INSERT seat; COMMIT
// MariaDB: `workers` loops in flight over a pool of `pool` connections (the app's own pool size),
// so the ratio measures what the app adds, not a different amount of parallelism.
// SQLite: one synchronous loop (SQLite runs one writer at a time whatever the concurrency).
// Input: one JSON argument { url, sessionId, workers, pool, duration }; output: one JSON line.
const spec = JSON.parse(process.argv[2]);
const { floorPool, floorSummary } = require('./lib/mysql-floor');

async function mariadb() {
  const pool = floorPool(spec.url, spec.pool);
  if (spec.statementsFile) return replay(pool);
  await pool.query('DROP TABLE IF EXISTS bench_floor_seat, bench_floor_session');
  await pool.query('CREATE TABLE bench_floor_session (id int NOT NULL PRIMARY KEY, capacity int NULL, taken int NOT NULL DEFAULT 0) ENGINE=InnoDB');
  await pool.query('CREATE TABLE bench_floor_seat LIKE session_seat');
  await pool.query('INSERT INTO bench_floor_session SELECT session_id, capacity, taken FROM seat_pool WHERE session_id = ?', [spec.sessionId]);
  await pool.query('UPDATE bench_floor_session SET capacity = 1000000000, taken = 0');
  const latencies = [];
  let errors = 0;
  let registrationId = 0;
  const started = Date.now();
  const deadline = started + spec.duration * 1000;
  const worker = async () => {
    while (Date.now() < deadline) {
      const t0 = process.hrtime.bigint();
      const connection = await pool.getConnection();
      try {
        // The same statements, in the same order and isolation, as the app's registration.
        await connection.query('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
        await connection.query('START TRANSACTION');
        const [update] = await connection.query('UPDATE bench_floor_session SET taken = taken + 1 WHERE id = ? AND taken < capacity', [spec.sessionId]);
        if (update.affectedRows !== 1) throw new Error('no seat taken');
        await connection.query(
          "INSERT INTO bench_floor_seat (registration_id, session_id, status, queue_number, created_at, updated_at) VALUES (?, ?, 'confirmed', NULL, NOW(6), NOW(6))",
          [++registrationId, spec.sessionId],
        );
        await connection.query('COMMIT');
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      } catch {
        errors += 1;
        await connection.query('ROLLBACK').catch(() => undefined);
      } finally {
        connection.release();
      }
    }
  };
  await Promise.all(Array.from({ length: spec.workers }, worker));
  const seconds = (Date.now() - started) / 1000;
  const [[row]] = await pool.query('SELECT taken FROM bench_floor_session');
  await pool.query('DROP TABLE IF EXISTS bench_floor_seat, bench_floor_session');
  await pool.end();
  return { ...floorSummary(latencies, seconds, errors), concurrency: spec.workers, pool: spec.pool, seatsTaken: row.taken };
}

/** A fresh text of `length` characters, unique in this run (codes, emails, hashes and keys of the replayed registration). */
function freshText(length, n) {
  const unique = `f${process.pid.toString(36)}${n.toString(36)}`;
  return ('x'.repeat(Math.max(0, length - unique.length)) + unique).slice(-length);
}

/**
 * The app's very statements (bench/registration-statements.js recorded them), replayed in their
 * order on one pooled connection per registration, each with its own code, email and keys, and the
 * new registration's id where the app sends it. The session is made unlimited meanwhile (the app
 * would waitlist past its capacity, other statements), and afterwards every row the floor added
 * is deleted and the seat count set back, so the app's run starts from the same data.
 */
async function replay(pool) {
  const { statements, tables, registrationInsert } = JSON.parse(require('node:fs').readFileSync(spec.statementsFile, 'utf8'));
  const before = {};
  for (const table of tables) {
    const [[row]] = await pool.query(`SELECT COALESCE(MAX(id), 0) AS id FROM \`${table}\``).catch(() => [[{ id: null }]]);
    before[table] = row.id;
  }
  const [[pool0]] = await pool.query('SELECT capacity FROM seat_pool WHERE session_id = ?', [spec.sessionId]);
  await pool.query('UPDATE seat_pool SET capacity = NULL WHERE session_id = ?', [spec.sessionId]);
  const latencies = [];
  let errors = 0;
  let n = 0;
  let firstError = null;
  const started = Date.now();
  const deadline = started + spec.duration * 1000;
  const worker = async () => {
    while (Date.now() < deadline) {
      const t0 = process.hrtime.bigint();
      const fresh = new Map();
      let registrationId = null;
      const connection = await pool.getConnection();
      try {
        for (let i = 0; i < statements.length; i++) {
          const params = statements[i].params.map((p) => {
            if (p.now) return new Date();
            if (p.registrationId) return registrationId;
            if (p.fresh !== undefined) {
              if (!fresh.has(p.was)) fresh.set(p.was, freshText(p.fresh, ++n));
              return fresh.get(p.was);
            }
            return p.value;
          });
          const [result] = await connection.query(statements[i].sql, params);
          if (i === registrationInsert) registrationId = result.insertId;
        }
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      } catch (error) {
        errors += 1;
        firstError ??= error.message;
        await connection.query('ROLLBACK').catch(() => undefined);
      } finally {
        connection.release();
      }
    }
  };
  await Promise.all(Array.from({ length: spec.workers }, worker));
  const seconds = (Date.now() - started) / 1000;
  // Children first: the tables in the reverse order of their first INSERT.
  for (const table of [...tables].reverse()) if (before[table] !== null) await pool.query(`DELETE FROM \`${table}\` WHERE id > ?`, [before[table]]);
  await pool.query(
    "UPDATE seat_pool SET capacity = ?, taken = (SELECT COUNT(*) FROM session_seat WHERE session_id = ? AND status = 'confirmed') WHERE session_id = ?",
    [pool0.capacity, spec.sessionId, spec.sessionId],
  );
  await pool.end();
  if (latencies.length === 0) throw new Error(`no replayed registration succeeded: ${firstError}`);
  return { ...floorSummary(latencies, seconds, errors), concurrency: spec.workers, pool: spec.pool, statementsPerRegistration: statements.length, firstError };
}

function sqlite() {
  const Database = require('better-sqlite3');
  const db = new Database(spec.url.replace(/^sqlite:/, ''), { timeout: 10_000 });
  db.pragma('journal_mode = WAL');
  db.exec('DROP TABLE IF EXISTS bench_floor_seat; DROP TABLE IF EXISTS bench_floor_session');
  db.prepare('CREATE TABLE bench_floor_session AS SELECT session_id AS id, capacity, taken FROM seat_pool WHERE session_id = ?').run(spec.sessionId);
  db.exec(`UPDATE bench_floor_session SET capacity = 1000000000, taken = 0;
    CREATE TABLE bench_floor_seat (id integer PRIMARY KEY AUTOINCREMENT, registration_id integer NOT NULL, session_id integer NOT NULL,
      status varchar NOT NULL, queue_number integer, created_at datetime NOT NULL, updated_at datetime NOT NULL);
    CREATE UNIQUE INDEX bench_floor_seat_uq ON bench_floor_seat (registration_id, session_id)`);
  const update = db.prepare('UPDATE bench_floor_session SET taken = taken + 1 WHERE id = ? AND taken < capacity');
  const insert = db.prepare("INSERT INTO bench_floor_seat (registration_id, session_id, status, queue_number, created_at, updated_at) VALUES (?, ?, 'confirmed', NULL, datetime('now'), datetime('now'))");
  const latencies = [];
  let errors = 0;
  const started = Date.now();
  for (let registrationId = 1; Date.now() < started + spec.duration * 1000; registrationId++) {
    const t0 = process.hrtime.bigint();
    try {
      db.exec('BEGIN');
      if (update.run(spec.sessionId).changes !== 1) throw new Error('no seat taken');
      insert.run(registrationId, spec.sessionId);
      db.exec('COMMIT');
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    } catch {
      errors += 1;
      if (db.inTransaction) db.exec('ROLLBACK');
    }
  }
  const seconds = (Date.now() - started) / 1000;
  const { taken } = db.prepare('SELECT taken FROM bench_floor_session').get();
  db.exec('DROP TABLE bench_floor_seat; DROP TABLE bench_floor_session');
  db.close();
  return { ...floorSummary(latencies, seconds, errors), concurrency: 1, pool: 1, seatsTaken: taken };
}

(spec.url.startsWith('sqlite:') ? Promise.resolve().then(sqlite) : mariadb()).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error) => {
    console.error(error.stack ?? String(error));
    process.exit(1);
  },
);
