'use strict';

const fix = (v, digits = 0) => (v === null || v === undefined || Number.isNaN(v) ? '–' : Number(v).toFixed(digits));
const kb = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`);
/** `met === null`: a figure the issue sets no target for, reported for reference. */
const mark = (met) => (met === null ? 'reported' : met ? 'met' : 'MISSED');

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The main table: one row per measured endpoint, floors first. */
function loadTable(results) {
  return table(
    ['endpoint', 'edition', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx / timeouts / conn. errors', 'vs floor', 'vs same bytes (node:http / Nest)', 'on the wire (plain)', 'server CPU', 'machine busy', 'peak RSS'],
    results.rows.map((r) => [
      r.label,
      r.sessions ? `${r.sessions} sessions` : '–',
      r.connections,
      fix(r.rps),
      fix(r.p50, 1),
      fix(r.p99, 1),
      `${r.non2xx} / ${r.timeouts} / ${Math.max(0, r.errors - r.timeouts)}`,
      r.floor ? `${fix(r.rps / r.floor.rps, 2)}× ${r.floor.name}` : '(floor)',
      r.sameBytes ? `${fix(r.rps / r.sameBytes.rps, 2)}× / ${r.sameBytesNest ? `${fix(r.rps / r.sameBytesNest.rps, 2)}×` : '–'}` : '–',
      r.bytes ? `${kb(r.bytes)}${r.coding && r.coding !== 'identity' ? ` ${r.coding}` : ''}${r.plainBytes && r.plainBytes !== r.bytes ? ` (${kb(r.plainBytes)})` : ''}` : '–',
      r.serverCpu != null ? `${fix(r.serverCpu)} %` : '–',
      r.machineBusy != null ? `${fix(r.machineBusy)} %` : '–',
      r.rssMb ? `${fix(r.rssMb)} MB` : '–',
    ]),
  );
}

function coldTable(results) {
  const sizes = [...new Set(results.cold.map((c) => c.sessions))];
  const endpoints = [...new Set(results.cold.map((c) => c.label))];
  return table(
    ['first request (cold, better of two)', ...sizes.map((s) => `${s} sessions`)],
    endpoints.map((label) => [
      label,
      ...sizes.map((s) => {
        const c = results.cold.find((x) => x.label === label && x.sessions === s);
        return c ? `${fix(c.ms)} ms, ${kb(c.bytes)}` : '–';
      }),
    ]),
  );
}

function growthTable(results) {
  return table(
    ['endpoint', ...results.growth[0].points.map((p) => `req/s at ${p.sessions}`), 'cost ×, 50→1,000 (warm)', 'cost ×, 50→1,000 (cold)', 'sessions ×', 'verdict'],
    results.growth.map((g) => [
      g.label,
      ...g.points.map((p) => fix(p.rps)),
      `${fix(g.warmRatio, 1)}×`,
      `${fix(g.coldRatio, 1)}×`,
      `${g.sizeRatio}×`,
      g.met ? 'linear or better' : 'worse than linear',
    ]),
  );
}

function targetList(results) {
  return results.targets.map((t) => `- **${mark(t.met)}** — ${t.name}: ${t.detail}`).join('\n');
}

function checkList(results) {
  const r = results.registration;
  const t = r.checks.target;
  return [
    `Registration target session ${t.sessionId}: capacity ${t.capacity}, taken ${t.taken}, confirmed seats ${t.confirmed}, waitlisted ${t.waitlisted}.`,
    ...r.checks.checks.map((c) => `- ${c.ok ? 'ok' : 'FAILED'}: ${c.name} = ${c.value}`),
  ].join('\n');
}

/** The block meant for the README's performance section. */
function summaryBlock(results) {
  return [
    `Measured ${results.finishedAt.slice(0, 10)} with \`npm run bench${results.options.sqlite ? ' -- --sqlite' : ''}\` on ${results.machine.summary}; ${results.database}.`,
    '',
    loadTable(results),
    '',
    coldTable(results),
    '',
    growthTable(results),
    '',
    `Server RSS: ${fix(results.rssIdleMb)} MB idle after start, ${fix(results.rssPeakMb)} MB at the peak. Server CPU: 100 % is one core, all a Node process has for JavaScript; machine busy: all ${results.machine.cores} cores, including the load generator, the database and anything else running.`,
    '',
    'Targets:',
    '',
    targetList(results),
  ].join('\n');
}

function markdown(results) {
  return [
    `# Huiwu benchmark, ${results.finishedAt}`,
    '',
    summaryBlock(results),
    '',
    '## Seats after the registration run',
    '',
    checkList(results),
    '',
    '## Editions',
    '',
    table(
      ['edition', 'sessions', 'rooms', 'speakers', 'registrations', 'seats', 'waitlisted', 'seeded in'],
      results.editions.map((e) => [e.edition, e.sessions, e.rooms, e.speakers, e.registrations, e.confirmedSeats, e.waitlistedSeats, `${fix(e.seconds, 1)} s`]),
    ),
    '',
    `Harness run time: ${fix(results.seconds)} s. Load: autocannon in its own process (${results.options.duration} s per endpoint), on loopback, sharing the machine's cores with the server and the database.`,
    '',
  ].join('\n');
}

module.exports = { summaryBlock, markdown, checkList, fix, kb };
