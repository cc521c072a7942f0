import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Tx } from '../database/transactions';
import { Hotel } from './entities/hotel.entity';
import { RoomAssignment } from './entities/room-assignment.entity';
import { RoomBlock } from './entities/room-block.entity';

export type { Hotel } from './entities/hotel.entity';
export type { RoomBlock } from './entities/room-block.entity';
export type { RoomAssignment } from './entities/room-assignment.entity';

export type HotelValues = Pick<Hotel, 'name' | 'address'>;
export type RoomBlockValues = Pick<RoomBlock, 'roomType' | 'roomCount' | 'beds' | 'firstNight' | 'nights' | 'priceBand' | 'sharingAllowed' | 'mixedGenderAllowed' | 'priority' | 'aloneUpToRankId'>;
export type Bed = Pick<RoomAssignment, 'guestId' | 'blockId' | 'roomNumber' | 'bed'>;

/** The only code that reads and writes hotel, room_block and room_assignment. */
@Injectable()
export class HotelRoomStore {
  constructor(private readonly dataSource: DataSource) {}

  hotelsOf(editionId: number, tx: Tx = this.dataSource.manager): Promise<Hotel[]> {
    return tx.find(Hotel, { where: { editionId }, order: { name: 'ASC', id: 'ASC' } });
  }

  hotel(id: number, tx: Tx = this.dataSource.manager): Promise<Hotel | null> {
    return tx.findOneBy(Hotel, { id });
  }

  hotelNamed(editionId: number, name: string, tx: Tx = this.dataSource.manager): Promise<Hotel | null> {
    return tx.findOneBy(Hotel, { editionId, name });
  }

  async insertHotel(editionId: number, values: HotelValues, tx: Tx): Promise<Hotel> {
    const done = await tx.insert(Hotel, { editionId, ...values });
    return (await this.hotel(done.identifiers[0].id as number, tx))!;
  }

  async updateHotel(id: number, values: Partial<HotelValues>, tx: Tx): Promise<Hotel> {
    if (Object.keys(values).length) await tx.update(Hotel, { id }, values);
    return (await this.hotel(id, tx))!;
  }

  async deleteHotel(id: number, tx: Tx): Promise<void> {
    await tx.delete(RoomBlock, { hotelId: id });
    await tx.delete(Hotel, { id });
  }

  /** The edition's blocks, best first (priority, then the order they were added), with their hotel. */
  async blocksOf(editionId: number, tx: Tx = this.dataSource.manager): Promise<RoomBlock[]> {
    return tx
      .createQueryBuilder(RoomBlock, 'b')
      .innerJoinAndSelect('b.hotel', 'h')
      .where('h.edition_id = :editionId', { editionId })
      .orderBy('b.priority', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .getMany();
  }

  block(id: number, tx: Tx = this.dataSource.manager): Promise<RoomBlock | null> {
    return tx.findOne(RoomBlock, { where: { id }, relations: { hotel: true } });
  }

  async insertBlock(hotelId: number, values: RoomBlockValues, tx: Tx): Promise<RoomBlock> {
    const done = await tx.insert(RoomBlock, { hotelId, ...values });
    return (await this.block(done.identifiers[0].id as number, tx))!;
  }

  async updateBlock(id: number, values: Partial<RoomBlockValues>, tx: Tx): Promise<RoomBlock> {
    if (Object.keys(values).length) await tx.update(RoomBlock, { id }, values);
    return (await this.block(id, tx))!;
  }

  async deleteBlock(id: number, tx: Tx): Promise<void> {
    await tx.delete(RoomBlock, { id });
  }

  /** Every bed taken in the edition's blocks. */
  async bedsOf(editionId: number, tx: Tx = this.dataSource.manager): Promise<Bed[]> {
    const rows = await tx
      .createQueryBuilder(RoomAssignment, 'a')
      .innerJoin(RoomBlock, 'b', 'b.id = a.block_id')
      .innerJoin(Hotel, 'h', 'h.id = b.hotel_id')
      .where('h.edition_id = :editionId', { editionId })
      .orderBy('a.block_id', 'ASC')
      .addOrderBy('a.room_number', 'ASC')
      .addOrderBy('a.bed', 'ASC')
      .getMany();
    return rows.map(bed);
  }

  async countInBlocks(blockIds: number[], tx: Tx = this.dataSource.manager): Promise<number> {
    return blockIds.length ? tx.countBy(RoomAssignment, { blockId: In(blockIds) }) : 0;
  }

  /** Takes a bed. The unique (block, room, bed) refuses a second person in it, whatever runs at once. */
  async take(beds: Bed[], tx: Tx): Promise<void> {
    for (let i = 0; i < beds.length; i += 200) await tx.insert(RoomAssignment, beds.slice(i, i + 200));
  }

  async release(guestIds: number[], tx: Tx): Promise<void> {
    for (let i = 0; i < guestIds.length; i += 200) await tx.delete(RoomAssignment, { guestId: In(guestIds.slice(i, i + 200)) });
  }

  /** Forgets who slept where in the edition (the personal-data purge); hotels and blocks stay. */
  async forgetEdition(editionId: number, tx: Tx): Promise<number> {
    const ids = (await this.bedsOf(editionId, tx)).map((b) => b.guestId);
    await this.release(ids, tx);
    return ids.length;
  }
}

function bed(row: RoomAssignment): Bed {
  return { guestId: row.guestId, blockId: row.blockId, roomNumber: row.roomNumber, bed: row.bed };
}
