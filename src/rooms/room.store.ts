import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The only code that reads and writes room; other modules call this, never the entities. */
@Injectable()
export class RoomStore {
  constructor(private readonly dataSource: DataSource) {}
}
