/**
 * The schedule board's grid, pure: for each day of the edition a table with a column per room
 * and a row per quarter hour, each session one cell spanning the quarters it lasts. The
 * organizer drops a session on a quarter (the script snaps to it), so every row is a place a
 * session can start; the grid is drawn in the edition's wall time (the sessions' ISO strings
 * already carry the edition's offset), never the browser's.
 */

export const SLOT_MINUTES = 15;
const DAY_MINUTES = 24 * 60;
/** The hours a day shows at least, widened to fit its earliest and latest session. */
const DEFAULT_FIRST = 8 * 60;
const DEFAULT_LAST = 18 * 60;

export interface BoardSessionInput {
  id: number;
  startsAt: string | null;
  endsAt: string | null;
  room: { id: number } | null;
}

export interface BoardRoom {
  id: number | null;
  name: string;
  nameEn: string | null;
}

export interface BoardCell<S> {
  roomId: number | null;
  /** Wall time of the cell's first quarter, `2036-05-10T09:15`. */
  at: string;
  rowspan: number;
  sessions: S[];
}

export interface BoardRow<S> {
  at: string;
  /** `09:00`; the label a row shows only on the full and half hour, to keep the board readable. */
  clock: string;
  labelled: boolean;
  /** The cells starting in this row; those spanning from above are left out, as HTML tables want. */
  cells: BoardCell<S>[];
}

export interface BoardDay<S> {
  date: string;
  rows: BoardRow<S>[];
}

export interface Board<S> {
  rooms: BoardRoom[];
  days: BoardDay<S>[];
  unscheduled: S[];
}

/** `2036-05-10T09:30:00+08:00` → minutes after that day's midnight, wall time. */
const minutesOf = (iso: string) => Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));
const pad = (n: number) => String(n).padStart(2, '0');
export const wallClock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** Every calendar day from the first to the last, inclusive (`YYYY-MM-DD`). */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${first}T00:00:00Z`); d.toISOString().slice(0, 10) <= last && days.length < 60; d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

/**
 * The board of an edition's days and rooms. Sessions on a day outside the edition's still get
 * their day (the conflicts list says they are wrong); timed sessions without a room get a last
 * column; overlapping sessions in one room (a cancelled one and its replacement) share a cell.
 */
export function scheduleBoard<S extends BoardSessionInput>(sessions: S[], rooms: BoardRoom[], editionDays: string[]): Board<S> {
  const timed = sessions.filter((s) => s.startsAt && s.endsAt && s.endsAt > s.startsAt);
  const unscheduled = sessions.filter((s) => !timed.includes(s));
  const columns: BoardRoom[] = timed.some((s) => !s.room) ? [...rooms, { id: null, name: '', nameEn: null }] : rooms;
  const dates = [...new Set([...editionDays, ...timed.map((s) => s.startsAt!.slice(0, 10))])].sort();
  return { rooms: columns, unscheduled, days: dates.map((date) => boardDay(date, timed.filter((s) => s.startsAt!.slice(0, 10) === date), columns)) };
}

function boardDay<S extends BoardSessionInput>(date: string, sessions: S[], rooms: BoardRoom[]): BoardDay<S> {
  // A session running past midnight is drawn to the end of its first day.
  const span = (s: S) => ({ from: minutesOf(s.startsAt!), to: s.endsAt!.slice(0, 10) === date ? minutesOf(s.endsAt!) : DAY_MINUTES });
  const first = Math.min(DEFAULT_FIRST, ...sessions.map((s) => Math.floor(span(s).from / 60) * 60));
  const last = Math.max(DEFAULT_LAST, ...sessions.map((s) => Math.min(DAY_MINUTES, Math.ceil(span(s).to / 60) * 60)));
  const slots = (last - first) / SLOT_MINUTES;
  const slotOf = (minutes: number) => Math.floor((minutes - first) / SLOT_MINUTES);

  const owner: ({ row: number; cell: BoardCell<S> } | undefined)[][] = Array.from({ length: slots }, () => Array<undefined>(rooms.length));
  const ordered = [...sessions].sort((a, b) => span(a).from - span(b).from || span(b).to - span(a).to || a.id - b.id);
  for (const session of ordered) {
    const col = rooms.findIndex((r) => r.id === (session.room?.id ?? null));
    const from = slotOf(span(session).from);
    const to = Math.max(from + 1, Math.ceil((span(session).to - first) / SLOT_MINUTES));
    const overlapping = owner.slice(from, to).find((row) => row[col])?.[col];
    if (overlapping) {
      // Grow the shared cell downwards to cover this session too.
      overlapping.cell.sessions.push(session);
      const end = overlapping.row + overlapping.cell.rowspan;
      for (let r = end; r < to; r++) owner[r][col] = overlapping;
      overlapping.cell.rowspan = Math.max(end, to) - overlapping.row;
      continue;
    }
    const entry = { row: from, cell: { roomId: rooms[col].id, at: `${date}T${wallClock(first + from * SLOT_MINUTES)}`, rowspan: to - from, sessions: [session] } };
    for (let r = from; r < to; r++) owner[r][col] = entry;
  }

  const rows = owner.map((row, r) => {
    const minutes = first + r * SLOT_MINUTES;
    const at = `${date}T${wallClock(minutes)}`;
    return {
      at,
      clock: wallClock(minutes),
      labelled: minutes % 30 === 0,
      cells: rooms.flatMap((room, col) => {
        const entry = row[col];
        if (!entry) return [{ roomId: room.id, at, rowspan: 1, sessions: [] }];
        return entry.row === r ? [entry.cell] : [];
      }),
    };
  });
  return { date, rows };
}
