import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The only code that reads and writes session and session_role; other modules call this, never the entities. */
@Injectable()
export class SessionStore {
  constructor(private readonly dataSource: DataSource) {}
}
