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

/** The documents the issue calls cached reads; the personal feed and the list are reported without a target. */
const CACHED_READS = ['program', 'ics', 'pdf'];

function evaluateTargets(results, largest) {
  const targets = [];
  const reads = results.rows.filter((r) => CACHED_READS.includes(r.key) || (['personal', 'list'].includes(r.key) && r.sessions === largest));
  for (const row of reads) {
    const ratio = row.rps / row.floor.rps;
    const clean = row.non2xx === 0 && row.errors === 0;
    const cached = CACHED_READS.includes(row.key);
    targets.push({
      name: `${row.label} (${row.sessions} sessions${row.bytes ? `, ${Math.round(row.bytes / 1024)} KB` : ''}): ${cached ? '' : 'no target; '}≥ 0.5× node:http, p99 < 20 ms at ${row.connections} connections`,
      met: cached ? ratio >= 0.5 && row.p99 !== null && row.p99 < 20 && clean : null,
      detail: `${fix(ratio, 2)}× (${fix(row.rps)} vs ${fix(row.floor.rps)} req/s), p99 ${fix(row.p99, 1)} ms${clean ? '' : `, ${row.non2xx} non-2xx and ${row.errors} errors`}${row.sameBytes ? `; ${fix(row.rps / row.sameBytes.rps, 2)}× a bare server sending the same bytes (${fix(row.sameBytes.rps)} req/s)` : ''}`,
    });
  }
  const { row, checks } = results.registration;
  const ratio = row.rps / row.floor.rps;
  targets.push({
    name: `POST registrations: ≥ 0.5× the ${row.floor.name} seat transaction, zero overbooking`,
    met: ratio >= 0.5 && checks.ok && row.non2xx === 0,
    detail: `${fix(ratio, 2)}× (${fix(row.rps)} vs ${fix(row.floor.rps)} req/s), p99 ${fix(row.p99)} ms, ${row.non2xx} non-2xx; seat checks ${checks.ok ? 'all passed' : 'FAILED'} over ${checks.sessionsChecked} sessions`,
  });
  for (const g of results.growth) {
    targets.push({
      name: `${g.label}: cost growth from ${g.points[0].sessions} to ${largest} sessions linear or better (≤ ${g.sizeRatio}×)`,
      met: g.met,
      detail: `${fix(g.warmRatio, 1)}× per request under load, ${fix(g.coldRatio, 1)}× for the cold first request`,
    });
  }
  const door = results.checkIn;
  if (door) {
    targets.push({
      name: 'POST check-in scans (4 gates, same 2,000 tickets, 100 connections): ≥ 0.5× the mysql2 floor running the same statements, zero double admissions',
      met: door.met,
      detail: `${fix(door.ratio, 2)}× (${fix(door.app.rps)} vs ${fix(door.floor.rps)} scans/s, ${fix(door.floor.statementsPerScan, 2)} statements a scan), p99 ${fix(door.app.p99)} ms, ${door.app.failures} failures; double admissions ${door.doubleAdmissions} in the table, ${door.doubleAnswers} in the answers; admitted ${door.admitted} of 2000`,
    });
    targets.push({
      name: 'offline snapshot of 10,000 tickets: a scan verified in under 50 ms in Chromium with the CPU throttled ×4',
      met: door.offlineMet,
      detail: `p50 ${fix(door.offline.p50, 1)} ms, p99 ${fix(door.offline.p99, 1)} ms; snapshot ≈ ${Math.round(door.snapshotBytes / 1024)} KiB, opened and verified once in ${fix(door.offline.openMs)} ms`,
    });
  }
  targets.push({ name: 'server RSS under 300 MB', met: results.rssPeakMb < 300, detail: `peak ${fix(results.rssPeakMb)} MB (${fix(results.rssIdleMb)} MB idle after start)` });
  return targets;
}

module.exports = { growthOf, evaluateTargets };
