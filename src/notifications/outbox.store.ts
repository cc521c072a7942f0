import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The only code that reads and writes outbox_message; other modules call this, never the entities. */
@Injectable()
export class OutboxStore {
  constructor(private readonly dataSource: DataSource) {}
}
