import { QueryFailedError } from 'typeorm';

const DUPLICATE_KEY_CODES = new Set(['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

/** The driver's own error said a unique index refused the row, in either dialect. */
export function isDuplicateKeyCode(code: unknown): boolean {
  return typeof code === 'string' && DUPLICATE_KEY_CODES.has(code);
}

/**
 * A query that failed because a unique index refused its row: through TypeORM (its error carries
 * the driver's) or sent straight to the driver (PlainStatements).
 */
export function isDuplicateKey(error: unknown): error is Error {
  const failed = error as { driverError?: { code?: unknown }; code?: unknown } | null | undefined;
  return error instanceof Error && isDuplicateKeyCode(error instanceof QueryFailedError ? failed?.driverError?.code : failed?.code);
}
