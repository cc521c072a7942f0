import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The only code that reads and writes attendee_list_grant; other modules call this, never the entities. */
@Injectable()
export class AttendeeListGrantStore {
  constructor(private readonly dataSource: DataSource) {}
}
