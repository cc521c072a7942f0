'use strict';
const { spawn } = require('node:child_process');
const path = require('node:path');

const BENCH_DIR = path.join(__dirname, '..');

/** Runs `node bench/<script> '<json>'` and resolves with the JSON line it prints. */
function runJson(script, spec, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(BENCH_DIR, script), JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    // A hung load generator must fail the harness, not stall it past its time budget.
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop();
      if (code !== 0 || !line) return reject(new Error(`${script} failed (${signal ?? `exit ${code}`}): ${err.trim().slice(-2000)}`));
      try {
        resolve(JSON.parse(line));
      } catch {
        reject(new Error(`${script} printed no JSON: ${out.slice(-500)}`));
      }
    });
  });
}

/** Starts a floor server (bench/floor-http.js, or floor-nest.js) and resolves once it prints its port. */
function startFloorServer(script = 'floor-http.js') {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(BENCH_DIR, script)], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`${script} exited early (${code})`)));
    child.stdout.on('data', (chunk) => {
      const match = /listening (\d+)/.exec(String(chunk));
      if (match) resolve({ url: `http://127.0.0.1:${match[1]}`, stop: () => stopChild(child) });
    });
  });
}

/** SIGTERM, then SIGKILL if the child has not gone within `graceMs`. */
function stopChild(child, graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

module.exports = { runJson, startFloorServer, stopChild };
