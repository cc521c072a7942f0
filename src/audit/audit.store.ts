import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The only code that reads and writes audit_entry; other modules call this, never the entities. */
@Injectable()
export class AuditStore {
  constructor(private readonly dataSource: DataSource) {}
}
