import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { Room } from './entities/room.entity';
import { ROOM_MESSAGES } from './room-messages';

/** The row types this module answers with, for other modules to name (they never query them). */
export type { Room } from './entities/room.entity';


/** The only code that reads and writes room; other modules call this, never the entities. */
@Injectable()
export class RoomStore {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: number, tx: Tx = this.dataSource.manager): Promise<Room | null> {
    return tx.findOne(Room, { where: { id } });
  }

  /** The room, or 404 `No room with id …`. */
  async require(id: number, tx: Tx = this.dataSource.manager): Promise<Room> {
    const room = await this.findById(id, tx);
    if (!room) throw new NotFoundException({ message: ROOM_MESSAGES.notFound({ id }) });
    return room;
  }

  /** An edition's rooms in display order. */
  ofEdition(editionId: number, tx: Tx = this.dataSource.manager): Promise<Room[]> {
    return tx.find(Room, { where: { editionId }, order: { displayOrder: 'ASC', id: 'ASC' } });
  }

  countOfEdition(editionId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(Room, { editionId });
  }

  findByName(editionId: number, nameZh: string, tx: Tx = this.dataSource.manager): Promise<Room | null> {
    return tx.findOne(Room, { where: { editionId, nameZh } });
  }

  save(room: Partial<Room>, tx: Tx): Promise<Room> {
    return tx.save(Room, room) as Promise<Room>;
  }

  async delete(id: number, tx: Tx): Promise<void> {
    await tx.delete(Room, { id });
  }

  /** Gives a new edition copies of another's rooms; answers the id of each copy by the original's id. */
  async copyRooms(fromEditionId: number, toEditionId: number, tx: Tx): Promise<Map<number, number>> {
    const copies = new Map<number, number>();
    for (const room of await tx.find(Room, { where: { editionId: fromEditionId } })) {
      const copy = await tx.insert(Room, {
        editionId: toEditionId,
        nameZh: room.nameZh,
        nameEn: room.nameEn,
        capacity: room.capacity,
        displayOrder: room.displayOrder,
      });
      copies.set(room.id, copy.identifiers[0].id as number);
    }
    return copies;
  }

  existsInEdition(roomId: number, editionId: number, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(Room, { id: roomId, editionId });
  }
}
