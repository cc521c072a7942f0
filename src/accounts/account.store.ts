import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The only code that reads and writes accounts (sign-in accounts); other modules call this, never the entities. */
@Injectable()
export class AccountStore {
  constructor(private readonly dataSource: DataSource) {}
}
