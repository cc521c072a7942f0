import { DateTime } from 'luxon';

/** Arrivals are grouped by station and this many minutes, counted from the hour in the edition's zone. */
export const WINDOW_MINUTES = 30;

/** The start of the window an instant falls in (10:47 → 10:30 in the zone), as an instant. */
export function windowStartOf(at: Date, timeZone: string): Date {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  return local.set({ minute: local.minute - (local.minute % WINDOW_MINUTES), second: 0, millisecond: 0 }).toJSDate();
}

/** How a window is shown: its local day, and `14:00–14:30`. */
export function windowLabel(start: Date, timeZone: string): { day: string; label: string } {
  const local = DateTime.fromJSDate(start, { zone: timeZone });
  return { day: local.toISODate()!, label: `${local.toFormat('HH:mm')}–${local.plus({ minutes: WINDOW_MINUTES }).toFormat('HH:mm')}` };
}

/** A time in the edition's zone as messages say it: `12月1日 14:30`. */
export function messageTime(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).toFormat('M月d日 HH:mm');
}

/** One station's arrivals in one window. */
export interface ArrivalWindow<T> {
  /** `station|windowStart ISO`: stable, what forms name a group by. */
  key: string;
  day: string;
  station: string;
  windowStart: Date;
  label: string;
  items: T[];
}

/**
 * Groups arrivals by local day, then window, then station (stations by name), each group's
 * items in the order given (callers give them earliest first).
 */
export function groupArrivals<T>(items: T[], of: (item: T) => { at: Date; station: string }, timeZone: string): { day: string; windows: ArrivalWindow<T>[] }[] {
  const groups = new Map<string, ArrivalWindow<T>>();
  for (const item of items) {
    const { at, station } = of(item);
    const start = windowStartOf(at, timeZone);
    const key = `${station}|${start.toISOString()}`;
    let group = groups.get(key);
    if (!group) {
      const { day, label } = windowLabel(start, timeZone);
      group = { key, day, station, windowStart: start, label, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  const sorted = [...groups.values()].sort((a, b) => a.windowStart.getTime() - b.windowStart.getTime() || a.station.localeCompare(b.station, 'zh-CN'));
  const days: { day: string; windows: ArrivalWindow<T>[] }[] = [];
  for (const group of sorted) {
    if (days.at(-1)?.day !== group.day) days.push({ day: group.day, windows: [] });
    days.at(-1)!.windows.push(group);
  }
  return days;
}
