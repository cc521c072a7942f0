export const DEMO_DAYS = 3;
/** Sessions run from 09:00 to 21:00 local time. */
const FIRST_MINUTE = 9 * 60;
const DAY_MINUTES = 12 * 60;
/** Fewer slots than this a day would not look like a conference. */
const MIN_SLOTS_PER_DAY = 4;

export interface Cell {
  day: number;
  slot: number;
  room: number;
  /** Minutes after local midnight. */
  startMinute: number;
  endMinute: number;
}

/**
 * Places sessions on a grid of day × time slot × room, so no two share a room at once (the
 * schedule check would refuse to publish otherwise). Slots get shorter as sessions grow
 * relative to rooms; below 20 minutes the layout is refused rather than made absurd.
 */
export function layoutSessions(sessions: number, rooms: number): { cells: Cell[]; slotsPerDay: number; roomsPerSlot: number } {
  const slotsPerDay = Math.max(MIN_SLOTS_PER_DAY, Math.ceil(sessions / (rooms * DEMO_DAYS)));
  const slotMinutes = Math.min(120, Math.floor(DAY_MINUTES / slotsPerDay / 5) * 5);
  if (slotMinutes < 20) {
    throw new Error(`${sessions} sessions do not fit in ${rooms} rooms over ${DEMO_DAYS} days; give --rooms ${Math.ceil(sessions / (DEMO_DAYS * (DAY_MINUTES / 20)))} or more`);
  }
  // A pause between slots, as a real program has.
  const length = slotMinutes >= 45 ? slotMinutes - 15 : slotMinutes - 5;
  const roomsPerSlot = Math.min(rooms, Math.ceil(sessions / (slotsPerDay * DEMO_DAYS)));
  const cells: Cell[] = [];
  for (let day = 0; day < DEMO_DAYS; day++) {
    for (let slot = 0; slot < slotsPerDay; slot++) {
      for (let room = 0; room < roomsPerSlot && cells.length < sessions; room++) {
        const startMinute = FIRST_MINUTE + slot * slotMinutes;
        cells.push({ day, slot, room, startMinute, endMinute: startMinute + length });
      }
    }
  }
  return { cells, slotsPerDay, roomsPerSlot };
}
