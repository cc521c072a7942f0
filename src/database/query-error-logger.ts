import { AdvancedConsoleLogger, QueryRunner } from 'typeorm';
import { isDuplicateKeyCode } from './duplicate-key';

/**
 * TypeORM's console logger, quiet about duplicate keys: a unique index is how a second
 * registration with the same email is refused (the caller answers 409 or replays the first
 * answer), so under a burst of retries those are expected outcomes, not errors worth a log line.
 */
export class QueryErrorLogger extends AdvancedConsoleLogger {
  // Typed as a string, but the drivers pass their error object, with its code.
  override logQueryError(error: string, query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    if (isDuplicateKeyCode((error as unknown as { code?: unknown } | null)?.code)) return;
    super.logQueryError(error, query, parameters, queryRunner);
  }
}
