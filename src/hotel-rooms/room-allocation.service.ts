import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { LocalText } from '../common/i18n/local-text';
import { isDuplicateKey } from '../database/duplicate-key';
import { Transactions, Tx } from '../database/transactions';
import type { Edition } from '../editions/edition.store';
import { EditionStore } from '../editions/edition.store';
import { guestMessageKey } from '../guests/guest-notifications';
import { editionTitle, guestChannels, guestRecipient } from '../guests/guest-notices';
import type { Guest, GuestRank } from '../guests/guest.store';
import { GuestStore } from '../guests/guest.store';
import { OutboxStore } from '../notifications/outbox.store';
import type { AllocationDto, AssignmentDto, BlockAllocationDto, MoveRequest, OccupantDto, RoomGuestDto } from './dto/hotel-rooms.dto';
import { HOTEL_ROOM_MESSAGES as M } from './hotel-room-messages';
import { Bed, HotelRoomStore, RoomBlock } from './hotel-room.store';
import { blockDto, checkOutOf, planBlock } from './hotels.service';
import { planGuest, roomGuestDto, staysAtHotel } from './room-guests';
import { allocate, capacityOf, Occupancy, PlanBlock, Refusal } from './room-plan';

/** Everything allocation reads of an edition, in one transaction. */
interface RoomState {
  edition: Edition;
  blocks: RoomBlock[];
  ranks: GuestRank[];
  /** Highest rank first (the store's order). */
  guests: Guest[];
  beds: Bed[];
}

/**
 * Who sleeps where. The automatic allocation takes the guests who accepted and need a room,
 * highest rank first, each into the best block (by priority) with a place for them: shared
 * rooms (拼房) only where the block allows sharing, between guests of one gender unless it
 * allows mixing, never beyond a room's capacity or the block's rooms, and alone where the
 * block's rank rule says so. Manual moves obey the same rules. Every write takes the edition's
 * row lock, so two organizers' moves are checked one after the other, and the unique
 * (block, room, bed) index refuses a second person in a bed whatever happens. Each guest whose
 * room (hotel, type, dates or room-mates) changed is told by e-mail and SMS through the outbox,
 * in the same transaction.
 */
@Injectable()
export class RoomAllocationService {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: HotelRoomStore,
    private readonly guests: GuestStore,
    private readonly editions: EditionStore,
    private readonly outbox: OutboxStore,
    private readonly audit: AuditService,
  ) {}

  async view(editionId: number): Promise<AllocationDto> {
    await this.editions.require(editionId);
    return toDto(await this.load(editionId, this.transactions.none), 0);
  }

  /** The guests who get a room (accepted, need one), highest rank first: whom a move may name. */
  async staying(editionId: number): Promise<RoomGuestDto[]> {
    return (await this.guests.ofEdition(editionId)).filter(staysAtHotel).map(roomGuestDto);
  }

  /** Places every guest without a room; with `reset`, everyone is placed again from empty rooms. Guests who no longer stay lose their room. */
  async allocate(editionId: number, reset: boolean, actor: AuthenticatedAccount): Promise<AllocationDto> {
    return this.transactions.run(async (tx) => {
      const before = await this.load(editionId, tx, true);
      const staying = before.guests.filter(staysAtHotel);
      const stayingIds = new Set(staying.map((g) => g.id));
      const leaving = before.beds.filter((b) => reset || !stayingIds.has(b.guestId)).map((b) => b.guestId);
      await this.store.release(leaving, tx);
      const kept = before.beds.filter((b) => !leaving.includes(b.guestId));
      const keptIds = new Set(kept.map((b) => b.guestId));
      const plans = before.blocks.map((b) => planBlock(b, before.ranks));
      const { placed } = allocate(plans, staying.filter((g) => !keptIds.has(g.id)).map(planGuest), kept, before.guests.map(planGuest));
      await this.store.take(placed, tx);
      const after = { ...before, beds: [...kept, ...placed] };
      const notified = await this.notifyChanges(before, after, tx);
      await this.audit.record(tx, actor, { action: 'allocate_rooms', entityType: 'room_assignment', entityId: null, editionId, after: { reset, released: leaving.length, placed: placed.length, notified } });
      return toDto(after, notified);
    });
  }

  /** Moves a guest into a block (and a given room of it, or the first they may take). */
  async move(editionId: number, guestId: number, request: MoveRequest, actor: AuthenticatedAccount): Promise<AssignmentDto> {
    try {
      return await this.transactions.run(async (tx) => {
        const before = await this.load(editionId, tx, true);
        const guest = this.requireGuest(before, guestId);
        if (!staysAtHotel(guest)) throw refused('guestId', M.guestNotStaying_field(), M.guestNotStaying({ name: roomGuestDto(guest).name }));
        const block = before.blocks.find((b) => b.id === request.blockId);
        if (!block) throw refused('blockId', M.blockNotInEdition());
        const plan = planBlock(block, before.ranks);
        const people = new Map(before.guests.map((g) => [g.id, planGuest(g)]));
        const occupancy = new Occupancy([plan], people, before.beds.filter((b) => b.guestId !== guestId));
        const who = people.get(guestId)!;
        let roomNumber = request.roomNumber;
        if (roomNumber === undefined) {
          roomNumber = occupancy.roomFor(plan, who) ?? undefined;
          if (roomNumber === undefined) throw refused('blockId', M.blockFull());
        } else {
          const why = occupancy.refusal(plan, roomNumber, who);
          if (why) throw refused('roomNumber', refusalText(why, plan));
        }
        const current = before.beds.find((b) => b.guestId === guestId);
        if (current && current.blockId === block.id && current.roomNumber === roomNumber) return this.assignment(before, guestId);
        const bed: Bed = { guestId, blockId: block.id, roomNumber, bed: occupancy.freeBed(plan, roomNumber) };
        await this.store.release([guestId], tx);
        await this.store.take([bed], tx);
        const after = { ...before, beds: [...before.beds.filter((b) => b.guestId !== guestId), bed] };
        await this.notifyChanges(before, after, tx);
        await this.audit.record(tx, actor, { action: 'move_room', entityType: 'guest', entityId: guestId, editionId, before: current ?? null, after: bed });
        return this.assignment(after, guestId);
      });
    } catch (error) {
      if (isDuplicateKey(error)) throw new ConflictException({ message: M.bedTaken(), errors: { roomNumber: M.bedTaken() } });
      throw error;
    }
  }

  /** Takes a guest's room back (they are told). */
  async unassign(editionId: number, guestId: number, actor: AuthenticatedAccount): Promise<void> {
    await this.transactions.run(async (tx) => {
      const before = await this.load(editionId, tx, true);
      this.requireGuest(before, guestId);
      const current = before.beds.find((b) => b.guestId === guestId);
      if (!current) return;
      await this.store.release([guestId], tx);
      const after = { ...before, beds: before.beds.filter((b) => b.guestId !== guestId) };
      await this.notifyChanges(before, after, tx);
      await this.audit.record(tx, actor, { action: 'unassign_room', entityType: 'guest', entityId: guestId, editionId, before: current, after: null });
    });
  }

  /** The hotel's guests room by room, as the rooming list prints them. */
  async rooming(editionId: number, hotelId: number): Promise<{ edition: Edition; blocks: BlockAllocationDto[] }> {
    const state = await this.load(editionId, this.transactions.none);
    return { edition: state.edition, blocks: toDto(state, 0).blocks.filter((b) => b.hotelId === hotelId) };
  }

  private requireGuest(state: RoomState, guestId: number): Guest {
    const guest = state.guests.find((g) => g.id === guestId);
    if (!guest) throw new NotFoundException({ message: M.guestNotFound({ id: guestId }) });
    return guest;
  }

  private async load(editionId: number, tx: Tx, lock = false): Promise<RoomState> {
    const edition = lock ? await this.editions.lock(editionId, tx) : await this.editions.require(editionId, tx);
    const [blocks, ranks, guests, beds] = [await this.store.blocksOf(editionId, tx), await this.guests.ranksOf(editionId, tx), await this.guests.ofEdition(editionId, {}, tx), await this.store.bedsOf(editionId, tx)];
    return { edition, blocks, ranks, guests, beds };
  }

  private assignment(state: RoomState, guestId: number): AssignmentDto {
    const bed = state.beds.find((b) => b.guestId === guestId)!;
    const block = state.blocks.find((b) => b.id === bed.blockId)!;
    return { guestId, blockId: block.id, hotelName: block.hotel.name, roomType: block.roomType, roomNumber: bed.roomNumber, bed: bed.bed, sharingWith: roomMates(state, bed) };
  }

  /** Tells each guest whose room, dates or room-mates differ between the two states; answers how many. */
  private async notifyChanges(before: RoomState, after: RoomState, tx: Tx): Promise<number> {
    const was = notices(before);
    const now = notices(after);
    const stamp = Date.now().toString(36);
    let told = 0;
    for (const guest of after.guests) {
      const a = was.get(guest.id);
      const b = now.get(guest.id);
      if ((a?.signature ?? '') === (b?.signature ?? '')) continue;
      const name = roomGuestDto(guest).name;
      const params = b
        ? { name, editionTitle: editionTitle(after.edition), ...b.params }
        : { name, editionTitle: editionTitle(after.edition), hotel: null, roomType: null, checkIn: null, checkOut: null, sharingWith: [] };
      const channels = guestChannels(guest);
      for (const channel of channels) {
        await this.outbox.enqueue(tx, { kind: 'guest_room', dedupeKey: guestMessageKey(after.edition.id, guest.id, `room:${stamp}:${channel}`), registrationId: null, recipient: guestRecipient({ ...guest, name }), template: 'guest_room', params, channel });
      }
      if (channels.length) told++;
    }
    return told;
  }
}

interface Notice {
  signature: string;
  params: { hotel: string; roomType: string; checkIn: string; checkOut: string; sharingWith: string[] };
}

function roomMates(state: RoomState, bed: Bed): string[] {
  return state.beds
    .filter((b) => b.blockId === bed.blockId && b.roomNumber === bed.roomNumber && b.guestId !== bed.guestId)
    .sort((x, y) => x.bed - y.bed)
    .map((b) => state.guests.find((g) => g.id === b.guestId))
    .flatMap((g) => (g ? [roomGuestDto(g).name] : []));
}

function notices(state: RoomState): Map<number, Notice> {
  const out = new Map<number, Notice>();
  for (const bed of state.beds) {
    const block = state.blocks.find((b) => b.id === bed.blockId);
    if (!block) continue;
    const params = { hotel: block.hotel.name, roomType: block.roomType, checkIn: block.firstNight, checkOut: checkOutOf(block), sharingWith: roomMates(state, bed) };
    out.set(bed.guestId, { signature: JSON.stringify(params), params });
  }
  return out;
}

function toDto(state: RoomState, notified: number): AllocationDto {
  const byId = new Map(state.guests.map((g) => [g.id, g]));
  const blocks: BlockAllocationDto[] = state.blocks.map((block) => {
    const beds = state.beds.filter((b) => b.blockId === block.id);
    const roomNumbers = [...new Set(beds.map((b) => b.roomNumber))].sort((a, b) => a - b);
    return {
      ...blockDto(block, state.ranks, state.beds),
      hotelName: block.hotel.name,
      rooms: roomNumbers.map((roomNumber) => ({
        roomNumber,
        occupants: beds
          .filter((b) => b.roomNumber === roomNumber)
          .sort((a, b) => a.bed - b.bed)
          .flatMap((b): OccupantDto[] => {
            const guest = byId.get(b.guestId);
            return guest ? [{ ...roomGuestDto(guest), bed: b.bed }] : [];
          }),
      })),
    };
  });
  const placed = new Set(state.beds.map((b) => b.guestId));
  return { blocks, unassigned: state.guests.filter((g) => staysAtHotel(g) && !placed.has(g.id)).map(roomGuestDto), notified };
}

function refusalText(why: Refusal, block: PlanBlock): LocalText {
  switch (why) {
    case 'noSuchRoom':
      return M.noSuchRoom({ count: block.roomCount });
    case 'roomFull':
      return M.roomFull({ capacity: capacityOf(block) });
    default:
      return M[why]();
  }
}

/** The words for the fields a move is refused on. */
const FIELDS: Record<string, [string, string]> = { roomNumber: ['房间号', 'Room'], blockId: ['房型', 'Room block'], guestId: ['嘉宾', 'Guest'] };

function refused(field: string, why: LocalText, message?: LocalText): BadRequestException {
  const [zh, en] = FIELDS[field];
  return new BadRequestException({ message: message ?? new LocalText(`「${zh}」：${why.zh}`, `${en}: ${why.en}`), errors: { [field]: why } });
}
