'use strict';
// The floor for the organizers' registration list: one page's SELECTs alone, with nothing of the
// app around them. The very statements the app runs, in its order and with its parameters: the
// sign-in's one read (src/auth/sign-in-statements.ts) and the permission's edition (as TypeORM writes it), then
// the list's own from src/registrations/registration-list-statements.ts as built (the page, its
// count when the page cannot tell it, the page's seats). Only HTTP, the token's check, the
// framework and the answer's JSON are missing: what the ratio measures.
// MariaDB: `workers` loops in flight over a pool of `pool` connections (the app's own pool size).
// SQLite: one synchronous loop (better-sqlite3 answers one statement at a time whatever the concurrency).
// Input: one JSON argument { url, editionId, accountEmail, filter, offset, limit, workers, pool, duration };
// output: one JSON line.
const path = require('node:path');

const spec = JSON.parse(process.argv[2]);
const { floorPool, floorSummary } = require('./lib/mysql-floor');
const { registrationPage, registrationCount, pageSeats, totalOfPage } = require(path.join(__dirname, '..', 'dist', 'src', 'registrations', 'registration-list-statements.js'));
const { signInRead } = require(path.join(__dirname, '..', 'dist', 'src', 'auth', 'sign-in-statements.js'));
const { signInBatch } = require('./lib/sign-in-batch');

const EDITION = 'SELECT `Edition`.* FROM `edition` `Edition` WHERE ((`Edition`.`id` = ?)) LIMIT 1';

/** One page as the app reads it, through `all(sql, parameters)` answering rows; answers the statements run. */
async function onePage(all, accountId, signIn = (id) => all(signInRead(1), [id])) {
  await signIn(accountId);
  await all(EDITION, [spec.editionId]);
  const page = registrationPage(spec.editionId, spec.filter, spec.offset, spec.limit);
  const rows = await all(page.sql, page.parameters);
  let statements = 3;
  if (totalOfPage(spec.offset, spec.limit, rows.length) === null) {
    const count = registrationCount(spec.editionId, spec.filter);
    await all(count.sql, count.parameters);
    statements++;
  }
  if (rows.length) {
    const seats = pageSeats(spec.editionId, rows.map((r) => Number(r.id)));
    await all(seats.sql, seats.parameters);
    statements++;
  }
  return statements;
}

async function mariadb() {
  const pool = floorPool(spec.url, spec.pool);
  const all = async (sql, parameters) => (await pool.query(sql, parameters))[0];
  const [account] = await all('SELECT id FROM account WHERE email = ?', [spec.accountEmail]);
  // As the app: the pages' sign-ins asked for in one turn are one statement.
  const signIns = signInBatch((sql, parameters) => pool.query(sql, parameters));
  const latencies = [];
  let errors = 0;
  let statements = 0;
  const started = Date.now();
  const deadline = started + spec.duration * 1000;
  const worker = async () => {
    while (Date.now() < deadline) {
      const t0 = process.hrtime.bigint();
      try {
        statements = await onePage(all, account.id, (id) => signIns.read(id));
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      } catch (error) {
        if (errors++ === 0) process.stderr.write(`floor-list: ${error.message}\n`);
      }
    }
  };
  await Promise.all(Array.from({ length: spec.workers }, worker));
  const seconds = (Date.now() - started) / 1000;
  await pool.end();
  return { ...floorSummary(latencies, seconds, errors), concurrency: spec.workers, pool: spec.pool, statementsPerPage: statements };
}

async function sqlite() {
  const Database = require('better-sqlite3');
  const db = new Database(spec.url.replace(/^sqlite:/, ''), { readonly: true, timeout: 10_000 });
  const all = async (sql, parameters) => db.prepare(sql.replace(/`/g, '"')).all(...parameters);
  const [account] = await all('SELECT id FROM account WHERE email = ?', [spec.accountEmail]);
  const latencies = [];
  let errors = 0;
  let statements = 0;
  const started = Date.now();
  const deadline = started + spec.duration * 1000;
  while (Date.now() < deadline) {
    const t0 = process.hrtime.bigint();
    try {
      statements = await onePage(all, account.id);
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    } catch (error) {
      if (errors++ === 0) process.stderr.write(`floor-list: ${error.message}\n`);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  db.close();
  return { ...floorSummary(latencies, seconds, errors), concurrency: 1, pool: 1, statementsPerPage: statements };
}

(spec.url.startsWith('sqlite:') ? sqlite() : mariadb())
  .then((result) => process.stdout.write(`${JSON.stringify(result)}\n`))
  .catch((error) => {
    process.stderr.write(`${error.stack ?? error.message}\n`);
    process.exit(1);
  });
