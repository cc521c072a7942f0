/** What the grid needs of a session: its times (ISO with the edition's offset) and its room. */
export interface GridSession {
  startsAt: string | null;
  endsAt: string | null;
  room: { id: number; name: string; nameEn: string | null } | null;
}

export interface GridRoom {
  id: number | null;
  name: string;
  nameEn: string | null;
}

/** A table cell starting in this row; `rowspan` rows tall. Empty cells have no sessions. */
export interface GridCell<S> {
  sessions: S[];
  rowspan: number;
}

export interface GridRow<S> {
  startsAt: string;
  endsAt: string;
  /** Only the cells that start in this row, left to right: cells spanning from above are left out, as HTML tables want. */
  cells: GridCell<S>[];
}

export interface ProgramGrid<S> {
  rooms: GridRoom[];
  rows: GridRow<S>[];
}

const instant = (iso: string) => Date.parse(iso);

/**
 * One day's sessions as a room-by-time table: a column per room (sessions without a room in a
 * last column), a row per stretch between consecutive start or end times, and each session
 * one cell spanning the rows it lasts. Sessions that overlap in one room (a cancelled one and
 * its replacement, or a double booking an organizer has yet to fix) share a cell rather than
 * break the table.
 */
export function programGrid<S extends GridSession>(sessions: S[]): ProgramGrid<S> {
  const timed = sessions.filter((s) => s.startsAt && s.endsAt && instant(s.endsAt) > instant(s.startsAt));
  const rooms = roomsOf(timed);
  const column = (s: S) => rooms.findIndex((r) => r.id === (s.room?.id ?? null));
  const boundaries = [...new Set(timed.flatMap((s) => [s.startsAt!, s.endsAt!]))].sort((a, b) => instant(a) - instant(b));
  // Two spellings of one instant (different offsets) would make an empty row; keep the first.
  const times = boundaries.filter((t, i) => i === 0 || instant(t) !== instant(boundaries[i - 1]));
  const slot = (iso: string) => times.findIndex((t) => instant(t) === instant(iso));

  const owner: (GridCell<S> & { row: number })[][] = times.slice(0, -1).map(() => Array(rooms.length));
  const ordered = [...timed].sort((a, b) => instant(a.startsAt!) - instant(b.startsAt!) || instant(b.endsAt!) - instant(a.endsAt!));
  for (const session of ordered) {
    const col = column(session);
    const from = slot(session.startsAt!);
    const to = slot(session.endsAt!);
    const taken = owner.slice(from, to).find((row) => row[col])?.[col];
    if (taken) {
      taken.sessions.push(session);
      continue;
    }
    const cell = { sessions: [session], rowspan: to - from, row: from };
    for (let r = from; r < to; r++) owner[r][col] = cell;
  }

  const rows = owner.map((row, r) => ({
    startsAt: times[r],
    endsAt: times[r + 1],
    cells: rooms.flatMap((_, col) => {
      const cell = row[col];
      if (!cell) return [{ sessions: [], rowspan: 1 }];
      return cell.row === r ? [{ sessions: cell.sessions, rowspan: cell.rowspan }] : [];
    }),
  }));
  return { rooms, rows };
}

function roomsOf(sessions: GridSession[]): GridRoom[] {
  const byId = new Map<number, GridRoom>();
  let roomless = false;
  for (const s of sessions) {
    if (s.room) byId.set(s.room.id, { id: s.room.id, name: s.room.name, nameEn: s.room.nameEn });
    else roomless = true;
  }
  const rooms = [...byId.values()].sort((a, b) => a.id! - b.id!);
  return roomless ? [...rooms, { id: null, name: '', nameEn: null }] : rooms;
}
