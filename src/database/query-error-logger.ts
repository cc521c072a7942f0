import { Logger as NestLogger } from '@nestjs/common';
import type { Logger, QueryRunner } from 'typeorm';
import { isDuplicateKeyCode } from './duplicate-key';

/**
 * TypeORM's log, written through Nest's logger (so into the server's JSON log): failed queries and
 * warnings only. The query's parameters are never written (they hold attendees' names, addresses
 * and phone numbers), only its text. Quiet about duplicate keys: a unique index is how a second
 * registration with the same email is refused (the caller answers 409 or replays the first
 * answer), so under a burst of retries those are expected outcomes, not errors worth a log line.
 */
export class QueryErrorLogger implements Logger {
  private readonly logger = new NestLogger('Database');

  logQuery(): void {
    // Queries are not logged.
  }

  // Typed as a string, but the drivers pass their error object, with its code.
  logQueryError(error: string | Error, query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const code = (error as unknown as { code?: unknown } | null)?.code;
    if (isDuplicateKeyCode(code)) return;
    const message = error instanceof Error ? error.message : String(error);
    this.logger.error(`query failed${typeof code === 'string' ? ` (${code})` : ''}: ${message} — ${query.slice(0, 500)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow query (${time} ms): ${query.slice(0, 500)}`);
  }

  logSchemaBuild(): void {
    // The schema comes from migrations; SchemaMigrator logs what it applied.
  }

  logMigration(): void {
    // SchemaMigrator logs what it applied.
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
