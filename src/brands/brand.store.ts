import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The only code that reads and writes brand; other modules call this, never the entities. */
@Injectable()
export class BrandStore {
  constructor(private readonly dataSource: DataSource) {}
}
