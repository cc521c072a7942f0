import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The only code that reads and writes job_lease; other modules call this, never the entities. */
@Injectable()
export class JobLeaseStore {
  constructor(private readonly dataSource: DataSource) {}
}
