import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { Transactions, Tx } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import { GuestStore } from '../guests/guest.store';
import type { GuestRank } from '../guests/guest.store';
import type { HotelDto, HotelRequest, RoomBlockDto, RoomBlockRequest, UpdateHotelRequest, UpdateRoomBlockRequest } from './dto/hotel-rooms.dto';
import { HOTEL_ROOM_MESSAGES as M } from './hotel-room-messages';
import { Bed, Hotel, HotelRoomStore, RoomBlock, RoomBlockValues } from './hotel-room.store';
import { capacityOf, Occupancy, PlanBlock } from './room-plan';
import { planGuest } from './room-guests';

/**
 * An edition's hotels and the room blocks held at each (type, count, beds, nights, price band,
 * sharing rules, the rank rule). A change that would leave a placed guest outside the block's
 * new bounds, or two genders in a room that may no longer mix, is refused (409).
 */
@Injectable()
export class HotelsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: HotelRoomStore,
    private readonly guests: GuestStore,
    private readonly editions: EditionStore,
    private readonly audit: AuditService,
  ) {}

  async list(editionId: number): Promise<HotelDto[]> {
    await this.editions.require(editionId);
    const [hotels, blocks, beds, ranks] = await Promise.all([this.store.hotelsOf(editionId), this.store.blocksOf(editionId), this.store.bedsOf(editionId), this.guests.ranksOf(editionId)]);
    return hotels.map((hotel) => ({
      id: hotel.id,
      name: hotel.name,
      address: hotel.address,
      blocks: blocks.filter((b) => b.hotelId === hotel.id).map((b) => blockDto(b, ranks, beds)),
    }));
  }

  /** The edition's rank names, highest first (the block form's rank rule). */
  async rankNames(editionId: number): Promise<string[]> {
    return (await this.guests.ranksOf(editionId)).map((r) => r.name);
  }

  async createHotel(editionId: number, request: HotelRequest, actor: AuthenticatedAccount): Promise<HotelDto> {
    return this.transactions.run(async (tx) => {
      await this.editions.lock(editionId, tx);
      await this.refuseTakenName(editionId, request.name, null, tx);
      const hotel = await this.store.insertHotel(editionId, { name: request.name.trim(), address: request.address?.trim() || null }, tx);
      await this.audit.record(tx, actor, { action: 'create', entityType: 'hotel', entityId: hotel.id, editionId, after: { name: hotel.name, address: hotel.address } });
      return { id: hotel.id, name: hotel.name, address: hotel.address, blocks: [] };
    });
  }

  async updateHotel(editionId: number, hotelId: number, request: UpdateHotelRequest, actor: AuthenticatedAccount): Promise<HotelDto> {
    await this.transactions.run(async (tx) => {
      await this.editions.lock(editionId, tx);
      const hotel = await this.requireHotel(editionId, hotelId, tx);
      if (request.name !== undefined) await this.refuseTakenName(editionId, request.name, hotelId, tx);
      const values = { ...(request.name !== undefined ? { name: request.name.trim() } : {}), ...(request.address !== undefined ? { address: request.address?.trim() || null } : {}) };
      const after = await this.store.updateHotel(hotelId, values, tx);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'hotel', entityId: hotelId, editionId, before: { name: hotel.name, address: hotel.address }, after: { name: after.name, address: after.address } });
    });
    return (await this.list(editionId)).find((h) => h.id === hotelId)!;
  }

  async deleteHotel(editionId: number, hotelId: number, actor: AuthenticatedAccount): Promise<void> {
    await this.transactions.run(async (tx) => {
      await this.editions.lock(editionId, tx);
      const hotel = await this.requireHotel(editionId, hotelId, tx);
      const blocks = (await this.store.blocksOf(editionId, tx)).filter((b) => b.hotelId === hotelId);
      if ((await this.store.countInBlocks(blocks.map((b) => b.id), tx)) > 0) throw new ConflictException({ message: M.hotelInUse({ name: hotel.name }) });
      await this.store.deleteHotel(hotelId, tx);
      await this.audit.record(tx, actor, { action: 'delete', entityType: 'hotel', entityId: hotelId, editionId, before: { name: hotel.name } });
    });
  }

  async createBlock(editionId: number, hotelId: number, request: RoomBlockRequest, actor: AuthenticatedAccount): Promise<RoomBlockDto> {
    return this.transactions.run(async (tx) => {
      await this.editions.lock(editionId, tx);
      await this.requireHotel(editionId, hotelId, tx);
      const ranks = await this.guests.ranksOf(editionId, tx);
      const values: RoomBlockValues = {
        roomType: request.roomType.trim(),
        roomCount: request.roomCount,
        beds: request.beds,
        firstNight: checkedDate(request.firstNight),
        nights: request.nights,
        priceBand: request.priceBand?.trim() || null,
        sharingAllowed: request.sharingAllowed ?? false,
        mixedGenderAllowed: request.mixedGenderAllowed ?? false,
        priority: request.priority ?? 1,
        aloneUpToRankId: rankId(request.aloneUpToRank, ranks),
      };
      const block = await this.store.insertBlock(hotelId, values, tx);
      await this.audit.record(tx, actor, { action: 'create', entityType: 'room_block', entityId: block.id, editionId, after: values });
      return blockDto(block, ranks, []);
    });
  }

  async updateBlock(editionId: number, blockId: number, request: UpdateRoomBlockRequest, actor: AuthenticatedAccount): Promise<RoomBlockDto> {
    return this.transactions.run(async (tx) => {
      await this.editions.lock(editionId, tx);
      const block = await this.requireBlock(editionId, blockId, tx);
      const ranks = await this.guests.ranksOf(editionId, tx);
      const values: Partial<RoomBlockValues> = {};
      if (request.roomType !== undefined) values.roomType = request.roomType.trim();
      if (request.roomCount !== undefined) values.roomCount = request.roomCount;
      if (request.beds !== undefined) values.beds = request.beds;
      if (request.firstNight !== undefined) values.firstNight = checkedDate(request.firstNight);
      if (request.nights !== undefined) values.nights = request.nights;
      if (request.priceBand !== undefined) values.priceBand = request.priceBand?.trim() || null;
      if (request.sharingAllowed !== undefined) values.sharingAllowed = request.sharingAllowed;
      if (request.mixedGenderAllowed !== undefined) values.mixedGenderAllowed = request.mixedGenderAllowed;
      if (request.priority !== undefined) values.priority = request.priority;
      if (request.aloneUpToRank !== undefined) values.aloneUpToRankId = rankId(request.aloneUpToRank, ranks);
      const next = { ...block, ...values } as RoomBlock;
      const beds = (await this.store.bedsOf(editionId, tx)).filter((b) => b.blockId === blockId);
      await this.refuseBreakingChange(editionId, next, beds, ranks, tx);
      const after = await this.store.updateBlock(blockId, values, tx);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'room_block', entityId: blockId, editionId, before: blockValues(block), after: blockValues(after) });
      return blockDto(after, ranks, beds);
    });
  }

  async deleteBlock(editionId: number, blockId: number, actor: AuthenticatedAccount): Promise<void> {
    await this.transactions.run(async (tx) => {
      await this.editions.lock(editionId, tx);
      const block = await this.requireBlock(editionId, blockId, tx);
      if ((await this.store.countInBlocks([blockId], tx)) > 0) throw new ConflictException({ message: M.blockInUse() });
      await this.store.deleteBlock(blockId, tx);
      await this.audit.record(tx, actor, { action: 'delete', entityType: 'room_block', entityId: blockId, editionId, before: blockValues(block) });
    });
  }

  async requireHotel(editionId: number, hotelId: number, tx?: Tx): Promise<Hotel> {
    const hotel = await this.store.hotel(hotelId, tx);
    if (!hotel || hotel.editionId !== editionId) throw new NotFoundException({ message: M.hotelNotFound({ id: hotelId }) });
    return hotel;
  }

  async requireBlock(editionId: number, blockId: number, tx?: Tx): Promise<RoomBlock> {
    const block = await this.store.block(blockId, tx);
    if (!block || block.hotel.editionId !== editionId) throw new NotFoundException({ message: M.blockNotFound({ id: blockId }) });
    return block;
  }

  private async refuseTakenName(editionId: number, name: string, self: number | null, tx: Tx): Promise<void> {
    const other = await this.store.hotelNamed(editionId, name.trim(), tx);
    if (other && other.id !== self) throw new ConflictException({ message: M.hotelTaken({ name: name.trim() }), errors: { name: M.hotelTaken_field() } });
  }

  /** Every placed guest must still fit the block as changed: room and bed within bounds, no mixed room unless allowed, nobody sharing who must sleep alone. */
  private async refuseBreakingChange(editionId: number, block: RoomBlock, beds: Bed[], ranks: GuestRank[], tx: Tx): Promise<void> {
    const capacity = capacityOf(planBlock(block, ranks));
    const outside = beds.find((b) => b.roomNumber > block.roomCount || b.bed > capacity);
    if (outside) throw new ConflictException({ message: M.blockShrinks({ room: outside.roomNumber }), errors: { [outside.roomNumber > block.roomCount ? 'roomCount' : 'beds']: M.blockShrinks_field() } });
    if (beds.length === 0) return;
    const guests = new Map((await this.guests.ofEdition(editionId, {}, tx)).map((g) => [g.id, planGuest(g)]));
    const plan = planBlock(block, ranks);
    const empty = new Occupancy([plan], guests);
    for (const bed of beds) {
      const guest = guests.get(bed.guestId);
      const why = guest ? empty.refusal(plan, bed.roomNumber, guest) : null;
      if (why === 'guestAlone' || why === 'occupantAlone') throw new ConflictException({ message: M.rankRuleBreaks({ room: bed.roomNumber }), errors: { aloneUpToRank: M.rankRuleBreaks({ room: bed.roomNumber }) } });
      if (why !== null) throw new ConflictException({ message: M.blockMixes({ room: bed.roomNumber }), errors: { mixedGenderAllowed: M.blockMixes({ room: bed.roomNumber }) } });
      empty.add(bed);
    }
  }
}

export function planBlock(block: RoomBlock, ranks: GuestRank[]): PlanBlock {
  const rule = block.aloneUpToRankId === null ? undefined : ranks.find((r) => r.id === block.aloneUpToRankId);
  return { id: block.id, roomCount: block.roomCount, beds: block.beds, sharingAllowed: block.sharingAllowed, mixedGenderAllowed: block.mixedGenderAllowed, aloneUpToRank: rule?.position ?? null };
}

/** The morning of departure: the first night plus the nights. */
export function checkOutOf(block: Pick<RoomBlock, 'firstNight' | 'nights'>): string {
  return DateTime.fromISO(block.firstNight, { zone: 'utc' }).plus({ days: block.nights }).toISODate()!;
}

export function blockDto(block: RoomBlock, ranks: GuestRank[], beds: Bed[]): RoomBlockDto {
  const mine = beds.filter((b) => b.blockId === block.id);
  const usedRooms = new Set(mine.map((b) => b.roomNumber));
  return {
    id: block.id,
    hotelId: block.hotelId,
    roomType: block.roomType,
    roomCount: block.roomCount,
    beds: block.beds,
    capacity: capacityOf(planBlock(block, ranks)),
    firstNight: block.firstNight,
    nights: block.nights,
    checkOut: checkOutOf(block),
    priceBand: block.priceBand,
    sharingAllowed: block.sharingAllowed,
    mixedGenderAllowed: block.mixedGenderAllowed,
    priority: block.priority,
    aloneUpToRank: ranks.find((r) => r.id === block.aloneUpToRankId)?.name ?? null,
    guests: mine.length,
    freeRooms: block.roomCount - usedRooms.size,
  };
}

function blockValues(block: RoomBlock): RoomBlockValues {
  const { roomType, roomCount, beds, firstNight, nights, priceBand, sharingAllowed, mixedGenderAllowed, priority, aloneUpToRankId } = block;
  return { roomType, roomCount, beds, firstNight, nights, priceBand, sharingAllowed, mixedGenderAllowed, priority, aloneUpToRankId };
}

function rankId(name: string | null | undefined, ranks: GuestRank[]): number | null {
  if (!name?.trim()) return null;
  const rank = ranks.find((r) => r.name === name.trim());
  if (!rank) throw new BadRequestException({ message: M.rankUnknown({ name: name.trim() }), errors: { aloneUpToRank: M.rankUnknown_field() } });
  return rank.id;
}

/** A real calendar day (2036-02-30 is refused, naming the field). */
function checkedDate(value: string): string {
  if (!DateTime.fromISO(value, { zone: 'utc' }).isValid) throw new BadRequestException({ message: M.badDateMessage(), errors: { firstNight: M.badDate() } });
  return value;
}
