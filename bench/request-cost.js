'use strict';
// `npm run bench:request-cost [-- --sqlite] [--requests 20000] [--only calendar] [--profile]`: the CPU one request costs the
// process, without the network: the app (built, in this process, on a scratch database with a
// 50-session edition) and a bare Nest + Fastify route each answer the same requests through
// Fastify's inject(), and the process's CPU time (user + system) is divided by the count. CPU time
// barely moves when other work shares the machine, unlike requests per second, so this is the
// figure to compare before and after a change to the request path; the bench's loaded runs say
// what it buys on the wire.
require('reflect-metadata');
const path = require('node:path');
const { createBenchDatabase, makeTmpDir, removeTmpDir } = require('./lib/bench-database');
const { seedEditions } = require('./lib/seed-editions');
const { formatSummary, summarize } = require('./lib/cpu-profile');

const DIST = path.join(__dirname, '..', 'dist');
const PHONE = { 'accept-encoding': 'br, gzip' };
const log = (message) => process.stderr.write(`${message}\n`);

/** One request, its body read as a stream and dropped (inject would otherwise decode it into a string). */
async function injected(fastify, request) {
  const response = await fastify.inject({ ...request, payloadAsStream: true });
  const stream = response.stream();
  await new Promise((resolve, reject) => stream.on('end', resolve).on('error', reject).resume());
  return response;
}

/** Runs `work` under the V8 profiler of this very process (node:inspector) and answers its profile. */
async function profiled(work) {
  const inspector = require('node:inspector');
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  try {
    await work();
  } finally {
    var { profile } = await post('Profiler.stop');
    session.disconnect();
  }
  return profile;
}

/** CPU µs per request over `count` sequential injections, after a warm-up; with `profile`, where that time went. */
async function costOf(fastify, request, count, profile = false) {
  const first = await injected(fastify, request);
  if (first.statusCode >= 300) throw new Error(`${request.method ?? 'GET'} ${request.url} answered ${first.statusCode}`);
  for (let i = 0; i < Math.min(2000, count); i++) await injected(fastify, request);
  const before = process.cpuUsage();
  const loop = async () => {
    for (let i = 0; i < count; i++) await injected(fastify, request);
  };
  const summary = profile ? summarize(await profiled(loop), { limit: 25 }) : null;
  if (!profile) await loop();
  const used = process.cpuUsage(before);
  return { us: (used.user + used.system) / count, summary };
}

async function bareNest() {
  const { Controller, Get, Module } = require('@nestjs/common');
  const { NestFactory } = require('@nestjs/core');
  const { FastifyAdapter } = require('@nestjs/platform-fastify');
  const body = Buffer.alloc(6096, 0x61);
  class Floor {
    bytes() {
      return body;
    }
  }
  Get('bytes')(Floor.prototype, 'bytes', Object.getOwnPropertyDescriptor(Floor.prototype, 'bytes'));
  Controller()(Floor);
  class FloorModule {}
  Module({ controllers: [Floor] })(FloorModule);
  const app = await NestFactory.create(FloorModule, new FastifyAdapter(), { logger: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

async function main() {
  const argv = process.argv.slice(2);
  const sqlite = argv.includes('--sqlite');
  const count = Number(argv[argv.indexOf('--requests') + 1]) || 20_000;
  // Profiled, a request costs more (the sampler's share): compare figures of like runs only.
  const profile = argv.includes('--profile');
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
  const tmpDir = makeTmpDir();
  const db = await createBenchDatabase({ sqlite, tmpDir });
  try {
    const [edition] = await seedEditions(db.url, [{ sessions: 50, rooms: 10, speakers: 150, registrations: 1_000, year: 2091, brand: 'integrity' }], log);
    const floor = await bareNest();
    const { us: floorCost } = await costOf(floor.getHttpAdapter().getInstance(), { url: '/bytes' }, count);
    await floor.close();

    const { loadConfig } = require(path.join(DIST, 'src/config/app-config'));
    const { createApp } = require(path.join(DIST, 'src/app-factory'));
    const config = loadConfig({ ...process.env, DATABASE_URL: db.url, JOBS_ENABLED: 'false', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', SEED_ON_START: 'never', CACHE_DIR: path.join(tmpDir, 'cache'), MAIL_SPOOL: path.join(tmpDir, 'mail.jsonl') });
    // The app's log lines go to a file, as a server's stdout would.
    const app = await createApp(config);
    await app.init();
    const fastify = app.getHttpAdapter().getInstance();
    await fastify.ready();
    const base = `/api/editions/${edition.edition}`;
    const rows = [['bare Nest + Fastify, 6 KB from memory', floorCost]];
    for (const [label, request] of [
      ['GET /api/health/live', { url: '/api/health/live' }],
      ['GET program (50 sessions, br)', { url: `${base}/program`, headers: PHONE }],
      ['GET calendar.ics (50 sessions, br)', { url: `${base}/calendar.ics`, headers: PHONE }],
      ['GET program.pdf (50 sessions, br)', { url: `${base}/program.pdf`, headers: PHONE }],
      ['GET program.pdf?lang=en (50 sessions, br)', { url: `${base}/program.pdf?lang=en`, headers: PHONE }],
    ]) {
      if (only && !label.includes(only)) continue;
      const { us, summary } = await costOf(fastify, request, count, profile);
      rows.push([label, us]);
      if (summary) console.log(`${formatSummary(label, summary)}\n`);
    }
    await app.close();
    console.log(`CPU per request over ${count} requests (inject, no network; LOG_LEVEL ${config.logLevel}):`);
    for (const [label, us] of rows) console.log(`  ${us.toFixed(1).padStart(7)} µs  ${(us / floorCost).toFixed(2)}× the bare route   ${label}`);
  } finally {
    await db.drop();
    removeTmpDir(tmpDir);
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
