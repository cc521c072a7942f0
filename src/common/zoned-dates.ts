import { DateTime } from 'luxon';

/**
 * An edition's local calendar days as instants with the zone's offset, e.g. 2019-12-02 in
 * Asia/Shanghai → 2019-12-02T00:00:00+08:00. The end is the last second of the last day.
 */
export function localDayBounds(startDate: string, endDate: string, timeZone: string) {
  const start = DateTime.fromISO(startDate, { zone: timeZone }).startOf('day');
  const end = DateTime.fromISO(endDate, { zone: timeZone }).endOf('day');
  return {
    startsAt: start.toISO({ suppressMilliseconds: true })!,
    endsAt: end.set({ millisecond: 0 }).toISO({ suppressMilliseconds: true })!,
  };
}

/** An instant shown in a zone with its offset, e.g. 2021-11-19T09:30:00+08:00. */
export function toZonedIso(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISO({ suppressMilliseconds: true })!;
}
