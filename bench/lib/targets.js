'use strict';
const { fix } = require('./report');

/** Noise allowance on "linear": one run on a shared machine does not measure to the percent. */
const SLACK = 1.1;

/**
 * How the program, calendar and printed program cost more as editions grow: the time per
 * request (1 / req/s under load, and the cold first request, the better of two samples) at the
 * largest edition over the smallest, against the ratio of their sessions.
 */
function growthOf(results, documents, smallest, largest) {
  const sizeRatio = largest / smallest;
  return documents.map((doc) => {
    const points = results.rows.filter((r) => r.key === doc.key).map((r) => ({ sessions: r.sessions, rps: r.rps, p99: r.p99 }));
    const at = (list, sessions) => list.find((p) => p.sessions === sessions);
    const cold = results.cold.filter((c) => c.key === doc.key);
    const warmRatio = at(points, smallest).rps / at(points, largest).rps;
    const coldRatio = at(cold, largest).ms / at(cold, smallest).ms;
    return { key: doc.key, label: doc.label, points, sizeRatio, warmRatio, coldRatio, met: warmRatio <= sizeRatio * SLACK && coldRatio <= sizeRatio * SLACK };
  });
}

/** The documents the issue calls cached reads. */
const CACHED_READS = ['program', 'ics', 'pdf'];

/** The targets of the speed issue (22), each met, missed, or null when this run could not tell. */
function evaluateTargets(results, largest) {
  const targets = [];
  const { http, nest, app } = results.floors;
  const appRatio = app.rps / http.rps;
  targets.push({
    name: 'app floor (GET /api/health/live) ≥ 0.65× node:http',
    met: appRatio >= 0.65,
    detail: `${fix(appRatio, 2)}× (${fix(app.rps)} vs ${fix(http.rps)} req/s; a bare Nest + Fastify route: ${fix(nest.rps)} req/s, ${fix(nest.rps / http.rps, 2)}×)`,
  });
  for (const row of results.rows.filter((r) => CACHED_READS.includes(r.key))) {
    const clean = row.non2xx === 0 && row.errors === 0;
    const vsNest = row.sameBytesNest ? row.rps / row.sameBytesNest.rps : null;
    const vsHttp = row.sameBytes ? row.rps / row.sameBytes.rps : null;
    targets.push({
      name: `${row.label} (${row.sessions} sessions, ${kbOf(row.bytes)} as ${row.coding}, ${kbOf(row.plainBytes)} plain): ≥ 0.8× bare Nest route and ≥ 0.5× node:http sending the same bytes, p99 < 20 ms at ${row.connections} connections`,
      met: vsNest === null || vsHttp === null ? null : vsNest >= 0.8 && vsHttp >= 0.5 && row.p99 !== null && row.p99 < 20 && clean,
      detail:
        `${fix(row.rps)} req/s, p99 ${fix(row.p99, 1)} ms; ${vsNest === null ? 'no Nest floor' : `${fix(vsNest, 2)}× Nest (${fix(row.sameBytesNest.rps)})`}, ` +
        `${vsHttp === null ? 'no node:http floor' : `${fix(vsHttp, 2)}× node:http (${fix(row.sameBytes.rps)})`}${clean ? '' : `, ${row.non2xx} non-2xx and ${row.errors} errors`}`,
    });
  }
  for (const personal of results.rows.filter((r) => r.key === 'personal' || r.key === 'personal-ticket')) {
    // "The cached program of the same size": the personal calendar and ticket are drawn from the
    // largest edition's release, so each is held against that edition's cached program JSON.
    const what = personal.key === 'personal' ? 'personal calendar' : 'personal ticket PDF';
    const program = results.rows.find((r) => r.key === 'program' && r.sessions === personal.sessions);
    const ratio = program ? personal.rps / program.rps : null;
    const clean = personal.non2xx === 0 && personal.errors === 0;
    targets.push({
      name: `${what} ≥ 0.5× the cached program of the ${personal.sessions}-session edition`,
      met: ratio === null ? null : ratio >= 0.5 && clean,
      detail:
        ratio === null
          ? `no ${personal.sessions}-session program row`
          : `${fix(ratio, 2)}× (${fix(personal.rps)} req/s at ${kbOf(personal.bytes)} vs the program ${fix(program.rps)} req/s at ${kbOf(program.bytes)}), p99 ${fix(personal.p99, 1)} ms` +
            `${clean ? '' : `, ${personal.non2xx} non-2xx and ${personal.errors} errors`}`,
    });
  }
  for (const list of results.rows.filter((r) => r.key === 'list' || r.key === 'list-session')) {
    const clean = list.non2xx === 0 && list.errors === 0;
    // A floor that answered nothing measured nothing: missed, not an infinite ratio.
    const ratio = list.floor.rps > 0 ? list.rps / list.floor.rps : 0;
    targets.push({
      name: `organizer list (50 a page${list.key === 'list-session' ? ', one session' : ''}) ≥ 0.5× a plain ${list.floor.name} loop of the same SELECTs`,
      met: ratio >= 0.5 && clean,
      detail: `${fix(ratio, 2)}× (${fix(list.rps)} vs ${fix(list.floor.rps)} pages/s, the floor's mean of ${list.floor.runs.map((r) => fix(r)).join(' before and ')} after; ${list.floor.statements} statements a page), p50 ${fix(list.p50, 1)} ms, p99 ${fix(list.p99, 1)} ms${clean ? '' : `, ${list.non2xx} non-2xx and ${list.errors} errors`}`,
    });
  }
  const { row, checks } = results.registration;
  const ratio = row.floor.rps > 0 ? row.rps / row.floor.rps : 0;
  targets.push({
    name: `POST registrations: ≥ 0.7× ${results.floors.db.statementsPerRegistration ? `${row.floor.name} running the registration's own ${results.floors.db.statementsPerRegistration} statements` : `the ${row.floor.name} seat transaction`}, zero overbooking`,
    met: ratio >= 0.7 && checks.ok && row.non2xx === 0,
    detail: `${fix(ratio, 2)}× (${fix(row.rps)} vs ${fix(row.floor.rps)} req/s), p99 ${fix(row.p99)} ms, ${row.non2xx} non-2xx; seat checks ${checks.ok ? 'all passed' : 'FAILED'} over ${checks.sessionsChecked} sessions`,
  });
  for (const g of results.growth) {
    targets.push({
      name: `${g.label}: cost growth from ${g.points[0].sessions} to ${largest} sessions linear or better (≤ ${g.sizeRatio}×)`,
      met: g.met,
      detail: `${fix(g.warmRatio, 1)}× per request under load, ${fix(g.coldRatio, 1)}× for the cold first request`,
    });
  }
  const coldPdf = results.cold.find((c) => c.key === 'pdf' && c.sessions === largest);
  if (coldPdf) targets.push({ name: `cold render of the ${largest}-session PDF < 1 s`, met: coldPdf.ms < 1000, detail: `${fix(coldPdf.ms)} ms (better of ${coldPdf.samples.map((ms) => fix(ms)).join(' and ')} ms)` });
  const door = results.checkIn;
  if (door) {
    targets.push({
      name: 'POST check-in scans (4 gates, same 2,000 tickets, 100 connections): ≥ 0.5× the mysql2 floor running the same statements, zero double admissions',
      met: door.met,
      detail: `${fix(door.ratio, 2)}× (${fix(door.app.rps)} vs ${fix(door.floor.rps)} scans/s, ${fix(door.floor.statementsPerScan, 2)} statements a scan), p99 ${fix(door.app.p99)} ms, ${door.app.failures} failures${door.app.firstFailure ? ` (first: ${door.app.firstFailure.slice(0, 160)})` : ''}; double admissions ${door.doubleAdmissions} in the table, ${door.doubleAnswers} in the answers; admitted ${door.admitted} of 2000`,
    });
    targets.push({
      name: 'offline snapshot of 10,000 tickets: a scan verified in under 50 ms in Chromium with the CPU throttled ×4',
      met: door.offlineMet,
      detail: `p50 ${fix(door.offline.p50, 1)} ms, p99 ${fix(door.offline.p99, 1)} ms; snapshot ≈ ${Math.round(door.snapshotBytes / 1024)} KiB, opened and verified once in ${fix(door.offline.openMs)} ms`,
    });
  }
  targets.push({ name: 'server RSS under 256 MB over the whole bench', met: results.rssPeakMb < 256, detail: `peak ${fix(results.rssPeakMb)} MB (${fix(results.rssIdleMb)} MB idle after start)` });
  return targets;
}

function kbOf(bytes) {
  return bytes == null ? '?' : `${Math.round(bytes / 1024)} KB`;
}

module.exports = { growthOf, evaluateTargets };
