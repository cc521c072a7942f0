'use strict';
const { readFileSync } = require('node:fs');

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** Busy and total jiffies of the whole machine, from the first line of /proc/stat. */
function machineTicks() {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = fields[3] + (fields[4] ?? 0);
  const total = fields.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/**
 * Watches the server process: resident memory (VmRSS in /proc/<pid>/status) every 250 ms for
 * the peak, and per phase the CPU it used (utime + stime) next to how busy the whole machine
 * was. Those two tell a saturated server (the app's cost) from a starved one (the load
 * generator, the database or other work on this shared machine taking the cores).
 */
class RssSampler {
  constructor(pid, intervalMs = 250) {
    this.pid = pid;
    this.peakKb = 0;
    this.phasePeakKb = 0;
    this.phaseStart = this.snapshot();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    this.sample();
  }

  sample() {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'))?.[1] ?? 0);
      this.peakKb = Math.max(this.peakKb, kb);
      this.phasePeakKb = Math.max(this.phasePeakKb, kb);
    } catch {
      // the process is gone; the peak stands
    }
  }

  snapshot() {
    let processTicks = 0;
    try {
      // Fields after the command name (which may hold spaces): utime and stime are 14th and 15th.
      const rest = readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      processTicks = Number(rest[11]) + Number(rest[12]);
    } catch {
      // gone
    }
    return { at: process.hrtime.bigint(), processTicks, machine: machineTicks() };
  }

  /** Starts a new phase and returns what the one that ended saw. */
  nextPhase() {
    this.sample();
    const end = this.snapshot();
    const start = this.phaseStart;
    const seconds = Number(end.at - start.at) / 1e9;
    const result = {
      rssMb: this.phasePeakKb / 1024,
      // 100 % = one core, the most a single Node process can use for JavaScript.
      serverCpu: seconds > 0 ? (100 * (end.processTicks - start.processTicks)) / TICKS_PER_SECOND / seconds : null,
      machineBusy: end.machine.total > start.machine.total ? (100 * (end.machine.busy - start.machine.busy)) / (end.machine.total - start.machine.total) : null,
    };
    this.phasePeakKb = 0;
    this.phaseStart = end;
    return result;
  }

  get peakMb() {
    return this.peakKb / 1024;
  }

  stop() {
    this.sample();
    clearInterval(this.timer);
  }
}

module.exports = { RssSampler, machineTicks };
