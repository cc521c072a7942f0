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

/**
 * Instants already shown, by zone and instant (all the text is made of): luxon finds a zone's
 * offset through Intl's formatToParts on every call, which was the largest cost of a page of the
 * registration list (two per seat). Sessions start at few distinct instants; bounded all the same.
 */
const shown = new Map<string, string>();
const SHOWN_MAX = 4096;

/** An instant shown in a zone with its offset, e.g. 2021-11-19T09:30:00+08:00. */
export function toZonedIso(instant: Date, timeZone: string): string {
  const key = `${timeZone} ${instant.getTime()}`;
  let text = shown.get(key);
  if (text === undefined) {
    text = DateTime.fromJSDate(instant, { zone: timeZone }).toISO({ suppressMilliseconds: true })!;
    if (shown.size >= SHOWN_MAX) shown.clear();
    shown.set(key, text);
  }
  return text;
}
