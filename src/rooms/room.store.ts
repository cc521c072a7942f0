import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { Room } from './entities/room.entity';

/** The only code that reads and writes room; other modules call this, never the entities. */
@Injectable()
export class RoomStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for documents
  /** The edition's rooms in their display order. */
  roomsInOrder(editionId: number, tx: Tx = this.dataSource.manager): Promise<Room[]> {
    return tx.find(Room, { where: { editionId }, order: { displayOrder: 'ASC', id: 'ASC' } });
  }
}
