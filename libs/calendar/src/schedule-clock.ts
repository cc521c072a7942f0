import { DateTime, IANAZone } from 'luxon';

/**
 * Wall-clock text for the schedule formats. Built from luxon's numeric fields rather than
 * `toFormat`, which may use the process locale's digits; the zone is always explicit, so the
 * process time zone never shows through.
 */

/** The formats' duration fields allow at most two hour digits. */
export const MAX_DURATION_MINUTES = 99 * 60 + 59;

export function assertZone(zone: string): void {
  if (!IANAZone.isValidZone(zone)) throw new RangeError(`Unknown time zone "${zone}"`);
}

export function zonedInstant(instant: Date, zone: string): DateTime {
  return DateTime.fromMillis(instant.getTime(), { zone });
}

/** Midnight starting the local day `YYYY-MM-DD` (or the first instant after it, where DST skips midnight). */
export function startOfLocalDay(day: string, zone: string, what: string): DateTime {
  const start = /^\d{4}-\d{2}-\d{2}$/.test(day) ? DateTime.fromISO(day, { zone }) : null;
  if (!start?.isValid) throw new RangeError(`${what} is not a YYYY-MM-DD date: ${day}`);
  return start;
}

export function localDate(dt: DateTime): string {
  return `${pad(dt.year, 4)}-${pad(dt.month)}-${pad(dt.day)}`;
}

/** e.g. 2019-12-02T09:30:00+08:00: always a numeric offset, including +00:00 for UTC. */
export function localDateTime(dt: DateTime): string {
  return `${localDate(dt)}T${clockTime(dt)}:${pad(dt.second)}${formatOffset(dt.offset)}`;
}

/** HH:MM, as both formats' `start` wants. */
export function clockTime(dt: DateTime): string {
  return `${pad(dt.hour)}:${pad(dt.minute)}`;
}

/** `1:30` for schedule.json, `01:30` for schedule.xml. */
export function formatDuration(minutes: number, padHours: boolean): string {
  const hours = Math.floor(minutes / 60);
  return `${padHours ? pad(hours) : String(hours)}:${pad(minutes % 60)}`;
}

function formatOffset(offsetMinutes: number): string {
  // Rounded: luxon derives historic LMT offsets to the second.
  const total = Math.round(offsetMinutes);
  const sign = total < 0 ? '-' : '+';
  const abs = Math.abs(total);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
