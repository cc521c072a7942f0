import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The only code that reads and writes organization and organization_alias; other modules call this, never the entities. */
@Injectable()
export class OrganizationStore {
  constructor(private readonly dataSource: DataSource) {}
}
