import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The only code that reads and writes program_release and released_session; other modules call this, never the entities. */
@Injectable()
export class ReleaseStore {
  constructor(private readonly dataSource: DataSource) {}
}
