/**
 * The seats registration may fill in a session: its own capacity when it has one (at most its
 * room's, a schedule rule), else its room's seats; null when neither says (no limit). This is the
 * limit the seat store enforces (`seat_pool.capacity`); `session.capacity` stays what the
 * organizer declared, as programs and releases show it.
 */
export function seatLimit(capacity: number | null, room: { capacity: number | null } | null | undefined): number | null {
  return capacity ?? room?.capacity ?? null;
}
