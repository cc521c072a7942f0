'use strict';
// The statements of one registration, as the app sends them, for the registration floor
// (floor-db.js) to replay through plain mysql2: the app (built, in this process) registers two
// attendees on the bench database through Fastify's inject(), every statement and its
// parameters are recorded, and the two recordings are compared. A parameter equal in both is a
// constant; a Date is "now"; the new registration's id is the id the replayed INSERT INTO
// registration gets; any other text that differs (the code, the email, hashes, the outbox's
// payload) is made anew per replay with the same length. A number that differs otherwise stops
// the bench: the floor would no longer run what the app runs.
// Input: one JSON argument { url, editionId, sessionId, out }; writes the template to `out`, and a JSON line.
require('reflect-metadata');
const { writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const DIST = path.join(__dirname, '..', 'dist');
const spec = JSON.parse(process.argv[2]);

async function record(fastify, dataSource, body) {
  const statements = [];
  const logger = dataSource.logger;
  const original = logger.logQuery;
  logger.logQuery = function (query, parameters, runner) {
    statements.push({ sql: query, params: parameters ?? [] });
    return original.call(this, query, parameters, runner);
  };
  try {
    const response = await fastify.inject({ method: 'POST', url: `/api/editions/${spec.editionId}/registrations`, payload: body });
    if (response.statusCode !== 201) throw new Error(`registering answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
    return { statements, code: JSON.parse(response.body).code };
  } finally {
    logger.logQuery = original;
  }
}

async function main() {
  const { loadConfig } = require(path.join(DIST, 'src/config/app-config'));
  const { createApp } = require(path.join(DIST, 'src/app-factory'));
  const tmp = os.tmpdir();
  const config = loadConfig({
    DATABASE_URL: spec.url, JOBS_ENABLED: 'false', LOG_LEVEL: 'warn', SEED_ON_START: 'never', CACHE_DIR: path.join(tmp, 'huiwu-bench-record-cache'), MAIL_SPOOL: path.join(tmp, 'huiwu-bench-record-mail.jsonl'),
    REGISTRATION_ADDRESS_PER_HOUR: '1000000', REGISTRATION_EDITION_PER_MINUTE: '1000000', MAIL_RECIPIENT_PER_HOUR: '1000000', MAIL_RECIPIENT_PER_DAY: '1000000', REGISTRATION_CHALLENGE_AFTER: '1000000', REGISTRATION_EDITION_CHALLENGE_AFTER: '1000000',
  });
  const app = await createApp(config);
  await app.init();
  try {
    const fastify = app.getHttpAdapter().getInstance();
    await fastify.ready();
    const { DataSource } = require('typeorm');
    const dataSource = app.get(DataSource);
    const { version } = JSON.parse((await fastify.inject({ url: `/api/editions/${spec.editionId}/privacy-notice` })).body);
    const body = (i) => ({ name: `基准${i}`, email: `bench-floor-${process.pid}-${i}@bench.huiwu.example`, sessionIds: [spec.sessionId], privacyNoticeVersion: version });
    // The first warms what the server keeps in memory, as the app's run is warm.
    await record(fastify, dataSource, body(0));
    const a = await record(fastify, dataSource, body(1));
    const b = await record(fastify, dataSource, body(2));
    const idOf = async (code) => Number((await dataSource.query('SELECT id FROM registration WHERE code = ?', [code]))[0].id);
    const ids = [await idOf(a.code), await idOf(b.code)];
    if (a.statements.length !== b.statements.length || a.statements.some((s, i) => s.sql !== b.statements[i].sql)) {
      throw new Error('two registrations sent different statements: the floor cannot replay them');
    }
    const statements = a.statements.map((statement, i) => ({
      sql: statement.sql,
      params: statement.params.map((value, k) => template(value, b.statements[i].params[k], ids, `${i}:${k}`)),
    }));
    const tables = [...new Set(statements.map((s) => /^INSERT\s+(?:IGNORE\s+)?INTO\s+`?(\w+)`?/i.exec(s.sql.replace(/\s+/g, ' '))?.[1]).filter(Boolean))];
    const registrationInsert = statements.findIndex((s) => /^INSERT\s+INTO\s+`?registration`?\s*\(/i.test(s.sql));
    writeFileSync(spec.out, JSON.stringify({ statements, tables, registrationInsert }));
    process.stdout.write(`${JSON.stringify({ statements: statements.length, tables })}\n`);
  } finally {
    await app.close();
  }
}

/** What a replay sends for a parameter recorded as `a` in one registration and `b` in the next. */
function template(a, b, ids, where) {
  if (a instanceof Date) return { now: true };
  if (a === ids[0] && b === ids[1]) return { registrationId: true };
  if (a === b || (a === null && b === null)) return { value: a };
  if (typeof a === 'string' && typeof b === 'string') return { fresh: a.length, was: a };
  throw new Error(`parameter ${where} differs between two registrations (${JSON.stringify(a)} / ${JSON.stringify(b)}) in a way the floor cannot replay`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error.stack ?? String(error));
    process.exit(1);
  },
);
