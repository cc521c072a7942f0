'use strict';
// `node bench/compare-runs.js [N | file.json …]`: the issue's figures from several `npm run bench`
// results side by side (the last N in bench/results/, default 3, or the files named), as one
// Markdown table: each ratio to its floor of the same run, p99, the door, memory.
const fs = require('node:fs');
const path = require('node:path');

const DIR = path.join(__dirname, 'results');
const args = process.argv.slice(2);
const files = args.length && !/^\d+$/.test(args[0])
  ? args
  : fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort().slice(-Number(args[0] ?? 3)).map((f) => path.join(DIR, f));
const runs = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
const fix = (x, d = 0) => (x == null || !Number.isFinite(Number(x)) ? '–' : Number(x).toFixed(d));
const row = (r, key, sessions) => r.rows.find((x) => x.key === key && (sessions == null || x.sessions === sessions));
const lines = [`| measure | ${runs.map((r) => `${r.startedAt.slice(0, 16).replace('T', ' ')} (load ${fix(r.machine.loadAverageAtStart, 1)})`).join(' | ')} |`, `| --- |${runs.map(() => ' --- |').join('')}`];
const add = (label, cell) => lines.push(`| ${label} | ${runs.map((r) => { try { return cell(r); } catch { return '–'; } }).join(' | ')} |`);
add('`/api/health/live` vs node:http (a bare Nest route)', (r) => `${fix(r.floors.app.rps)} req/s: ${fix(r.floors.app.rps / r.floors.http.rps, 2)}× (${fix(r.floors.nest.rps / r.floors.http.rps, 2)}×)`);
for (const sessions of [50, 300, 1000]) {
  for (const key of ['program', 'ics', 'pdf']) {
    add(`${key} ${sessions}: req/s, vs bare Nest / node:http with the same bytes, p99`, (r) => {
      const x = row(r, key, sessions);
      return `${fix(x.rps)}: ${fix(x.rps / x.sameBytesNest.rps, 2)}× / ${fix(x.rps / x.sameBytes.rps, 2)}×, ${fix(x.p99)} ms`;
    });
  }
}
add('personal calendar vs the 1,000-session program', (r) => `${fix(row(r, 'personal').rps)}: ${fix(row(r, 'personal').rps / row(r, 'program', 1000).rps, 2)}×`);
add('personal ticket PDF vs the 1,000-session program', (r) => (row(r, 'personal-ticket') ? `${fix(row(r, 'personal-ticket').rps)}: ${fix(row(r, 'personal-ticket').rps / row(r, 'program', 1000).rps, 2)}×` : '–'));
add('organizer list vs its mysql2 floor', (r) => `${fix(row(r, 'list').rps)}: ${row(r, 'list').floor?.name?.startsWith('mysql2') ? `${fix(row(r, 'list').rps / row(r, 'list').floor.rps, 2)}×` : 'no floor'}`);
add('organizer list, one session, vs its floor', (r) => `${fix(row(r, 'list-session').rps)}: ${fix(row(r, 'list-session').rps / row(r, 'list-session').floor.rps, 2)}×`);
add('registration POST vs its floor', (r) => {
  const x = r.registration.row;
  return `${fix(x.rps)} vs ${fix(x.floor.rps)}: ${fix(x.rps / x.floor.rps, 2)}× (${r.floors.db.statementsPerRegistration ? `${r.floors.db.statementsPerRegistration} statements` : 'seat transaction'})${r.registration.checks.ok ? '' : ', SEAT CHECKS FAILED'}`;
});
add('check-in POST vs the same statements', (r) => `${fix(r.checkIn.app.rps)} vs ${fix(r.checkIn.floor.rps)}: ${fix(r.checkIn.ratio, 2)}×, ${r.checkIn.doubleAdmissions + r.checkIn.doubleAnswers} double, ${r.checkIn.app.failures} failed`);
add('cold 1,000-session PDF', (r) => `${fix(r.cold.find((c) => c.key === 'pdf' && c.sessions === 1000).ms)} ms`);
add('peak RSS (idle after start)', (r) => `${fix(r.rssPeakMb)} MB (${fix(r.rssIdleMb)})`);
console.log(lines.join('\n'));
