import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The only code that reads and writes edition and edition_role; other modules call this, never the entities. */
@Injectable()
export class EditionStore {
  constructor(private readonly dataSource: DataSource) {}
}
