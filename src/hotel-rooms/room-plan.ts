/**
 * Room allocation as plain data: blocks of rooms, guests with gender and rank, the beds taken.
 * No database, no request: the service feeds it and writes what it answers.
 */

export interface PlanBlock {
  id: number;
  roomCount: number;
  beds: number;
  sharingAllowed: boolean;
  mixedGenderAllowed: boolean;
  /** The rank position (1 = highest) at or above which a guest sleeps alone here; null: no rule. */
  aloneUpToRank: number | null;
}

export interface PlanGuest {
  id: number;
  gender: 'male' | 'female' | null;
  /** The rank's position, 1 the highest; unranked guests Infinity. */
  rank: number;
}

export interface PlanBed {
  guestId: number;
  blockId: number;
  roomNumber: number;
  bed: number;
}

/** Why a guest may not go into a room: each a message of the module's catalogue. */
export type Refusal = 'noSuchRoom' | 'roomFull' | 'mixedGender' | 'genderUnknown' | 'occupantAlone' | 'guestAlone' | 'blockFull';

/** People one room of the block sleeps: its beds when sharing is allowed, else one. */
export function capacityOf(block: PlanBlock): number {
  return block.sharingAllowed ? block.beds : 1;
}

function alone(block: PlanBlock, guest: PlanGuest): boolean {
  return block.aloneUpToRank !== null && guest.rank <= block.aloneUpToRank;
}

/** The rooms of the edition as they fill: who is in each (block, room). */
export class Occupancy {
  private readonly rooms = new Map<string, PlanBed[]>();

  constructor(
    private readonly blocks: PlanBlock[],
    private readonly guests: Map<number, PlanGuest>,
    beds: PlanBed[] = [],
  ) {
    for (const bed of beds) this.add(bed);
  }

  occupants(blockId: number, roomNumber: number): PlanBed[] {
    return this.rooms.get(`${blockId}:${roomNumber}`) ?? [];
  }

  add(bed: PlanBed): void {
    const key = `${bed.blockId}:${bed.roomNumber}`;
    this.rooms.set(key, [...(this.rooms.get(key) ?? []), bed]);
  }

  remove(guestId: number): void {
    for (const [key, beds] of this.rooms) {
      const left = beds.filter((b) => b.guestId !== guestId);
      if (left.length !== beds.length) this.rooms.set(key, left);
    }
  }

  /** Null when the guest may go into that room, else why not. */
  refusal(block: PlanBlock, roomNumber: number, guest: PlanGuest): Refusal | null {
    if (!Number.isInteger(roomNumber) || roomNumber < 1 || roomNumber > block.roomCount) return 'noSuchRoom';
    const others = this.occupants(block.id, roomNumber).filter((b) => b.guestId !== guest.id);
    if (others.length === 0) return null;
    if (others.length >= capacityOf(block)) return 'roomFull';
    if (alone(block, guest)) return 'guestAlone';
    const people = others.map((b) => this.guests.get(b.guestId));
    if (people.some((p) => !p || alone(block, p))) return 'occupantAlone';
    if (!block.mixedGenderAllowed) {
      if (guest.gender === null || people.some((p) => p!.gender === null)) return 'genderUnknown';
      if (people.some((p) => p!.gender !== guest.gender)) return 'mixedGender';
    }
    return null;
  }

  /** The lowest free bed of the room (call after refusal() said yes). */
  freeBed(block: PlanBlock, roomNumber: number): number {
    const taken = new Set(this.occupants(block.id, roomNumber).map((b) => b.bed));
    for (let bed = 1; ; bed++) if (!taken.has(bed)) return bed;
  }

  /**
   * The room of the block the guest goes into: a room already begun that they may share, the
   * lowest first, so shared rooms fill before new ones open; else the first empty room; null
   * when the block has neither.
   */
  roomFor(block: PlanBlock, guest: PlanGuest): number | null {
    let empty: number | null = null;
    for (let room = 1; room <= block.roomCount; room++) {
      const here = this.occupants(block.id, room).filter((b) => b.guestId !== guest.id);
      if (here.length === 0) {
        empty ??= room;
        if (alone(block, guest) || capacityOf(block) === 1) break;
        continue;
      }
      if (this.refusal(block, room, guest) === null) return room;
    }
    return empty;
  }

  /** Puts the guest in the block (first suitable room and bed), or answers null. */
  place(block: PlanBlock, guest: PlanGuest): PlanBed | null {
    const room = this.roomFor(block, guest);
    if (room === null) return null;
    const bed = { guestId: guest.id, blockId: block.id, roomNumber: room, bed: this.freeBed(block, room) };
    this.add(bed);
    return bed;
  }
}

/**
 * Places the guests in the order given (the caller gives the highest rank first), each into
 * the best block (the order of `blocks`) that still has a place for them under its rules.
 * Beds already taken stay as they are.
 */
export function allocate(blocks: PlanBlock[], guests: PlanGuest[], taken: PlanBed[], everyone: PlanGuest[] = guests): { placed: PlanBed[]; unplaced: PlanGuest[] } {
  const occupancy = new Occupancy(blocks, new Map(everyone.map((g) => [g.id, g])), taken);
  const placed: PlanBed[] = [];
  const unplaced: PlanGuest[] = [];
  for (const guest of guests) {
    let bed: PlanBed | null = null;
    for (const block of blocks) {
      bed = occupancy.place(block, guest);
      if (bed) break;
    }
    if (bed) placed.push(bed);
    else unplaced.push(guest);
  }
  return { placed, unplaced };
}
