'use strict';
// CPU time (user + system, ms) of a process by pid, read from /proc: what a run cost each
// process on the shared cores, a figure that barely moves with the load, unlike requests per
// second. Linux only; elsewhere null.
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');

const TICKS_PER_SECOND = 100;

function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** The MariaDB server's pid, if one runs here. */
function databasePid() {
  try {
    return Number(execFileSync('pidof', ['mariadbd'], { encoding: 'utf8' }).trim().split(/\s+/)[0]) || null;
  } catch {
    return null;
  }
}

/** Starts counting the CPU of the named processes; `stop(per)` answers µs per unit of work for each. */
function cpuMeter(pids) {
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, pid === 'self' ? process.cpuUsage() : cpuMs(pid)]));
  return {
    stop(units) {
      const out = {};
      for (const [name, pid] of Object.entries(pids)) {
        let ms;
        if (pid === 'self') {
          const used = process.cpuUsage(before[name]);
          ms = (used.user + used.system) / 1000;
        } else {
          const now = cpuMs(pid);
          ms = now === null || before[name] === null ? null : now - before[name];
        }
        out[name] = ms === null ? null : Math.round((ms * 1000) / units);
      }
      return out;
    },
  };
}

module.exports = { cpuMeter, databasePid };
