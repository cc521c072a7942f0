import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * The health probe's round trip to the database. It queries no table, so it belongs to no
 * module's store; it lives with the data source it checks.
 */
@Injectable()
export class DatabaseHealth {
  constructor(private readonly dataSource: DataSource) {}

  /** The dialect, as the probe reports it (better-sqlite3, mariadb…). */
  get type(): string {
    return this.dataSource.options.type;
  }

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  /** Whether a migration of this build has not been applied (a deploy half done: not ready). */
  pendingMigrations(): Promise<boolean> {
    return this.dataSource.showMigrations();
  }

  /** The MySQL/MariaDB pool's connections (mysql2's counters); null on SQLite, which has none. */
  poolCounts(): { in_use: number; idle: number; waiting: number } | null {
    const pool = (this.dataSource.driver as unknown as { pool?: { _allConnections?: unknown[]; _freeConnections?: unknown[]; _connectionQueue?: unknown[] } }).pool;
    if (!pool?._allConnections) return null;
    const idle = pool._freeConnections?.length ?? 0;
    return { in_use: pool._allConnections.length - idle, idle, waiting: pool._connectionQueue?.length ?? 0 };
  }
}
