import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The only code that reads and writes registration; other modules call this, never the entities. */
@Injectable()
export class RegistrationStore {
  constructor(private readonly dataSource: DataSource) {}
}
