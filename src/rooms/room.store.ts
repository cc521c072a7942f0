import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { Room } from './entities/room.entity';

/** The only code that reads and writes room; other modules call this, never the entities. */
@Injectable()
export class RoomStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for seats
  existsInEdition(roomId: number, editionId: number, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(Room, { id: roomId, editionId });
  }
}
