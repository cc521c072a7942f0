import { scrubText } from './log-scrub';

/**
 * A log line written before the application's logger exists (a refused configuration, a failed
 * start) or after it is gone: the same JSON shape as pino's lines, on stderr.
 */
export function writeEarlyLog(level: 'fatal' | 'error', message: string): void {
  process.stderr.write(`${JSON.stringify({ level, time: new Date().toISOString(), pid: process.pid, msg: scrubText(message) })}\n`);
}
