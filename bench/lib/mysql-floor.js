'use strict';

/**
 * A plain mysql2 pool set up as the app's own (src/database/data-source-options.ts): the same
 * size, UTC instants, utf8mb4, DATE kept as text, and no stack captured per query. Every floor
 * that compares the app with "the same statements through mysql2" starts from it.
 */
function floorPool(databaseUrl, connectionLimit, queueLimit = 1000) {
  const mysql = require('mysql2/promise');
  const url = new URL(databaseUrl);
  return mysql.createPool({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
    connectionLimit,
    waitForConnections: true,
    queueLimit,
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    dateStrings: ['DATE'],
    trace: false,
  });
}

/** A floor's latencies (ms) as load.js reports a run, so the harness reads both alike. */
function floorSummary(latencies, seconds, errors) {
  latencies.sort((a, b) => a - b);
  const at = (q) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : null);
  return { seconds, completed: latencies.length, rps: latencies.length / seconds, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1), non2xx: 0, errors, timeouts: 0 };
}

module.exports = { floorPool, floorSummary };
