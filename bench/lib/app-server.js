'use strict';
const { spawn } = require('node:child_process');
const { openSync, closeSync, readFileSync } = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { stopChild } = require('./children');
const { RssSampler } = require('./rss-sampler');

const ROOT = path.join(__dirname, '..', '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The Node flags of `npm start` (e.g. its heap limit), so the bench runs the server as it ships. */
function nodeFlagsOfStart() {
  const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}

/** BENCH_NODE_FLAGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/p`): flags for every app server a bench starts, to profile any of them. */
function extraFlags() {
  return (process.env.BENCH_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
}

/**
 * Starts the production build (`node dist/src/main.js`) as its own process, as an operator
 * would, and waits until /api/health says the database answers. Output goes to `logFile`,
 * whose tail is shown if the server dies. `nodeFlags` adds Node flags (the profiler's `--cpu-prof`).
 */
async function startAppServer({ env, logFile, readyTimeoutMs = 90_000, nodeFlags = [] }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...nodeFlagsOfStart(), ...nodeFlags, ...extraFlags(), path.join(ROOT, 'dist/src/main.js')], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_BASE_URL: url },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const sampler = new RssSampler(child.pid);
  let exited = null;
  child.on('exit', (code, signal) => (exited = signal ?? `exit ${code}`));
  const tail = () => readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exited) throw new Error(`The server stopped during start (${exited}):\n${tail()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`The server did not become ready within ${readyTimeoutMs / 1000} s:\n${tail()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid,
    sampler,
    alive: () => exited === null,
    tail,
    async stop(graceMs) {
      await stopChild(child, graceMs);
      sampler.stop();
      return exited;
    },
  };
}

module.exports = { startAppServer };
