import { ServiceUnavailableException } from '@nestjs/common';
import { HTTP_MESSAGES } from './i18n/common-messages';

/**
 * The database rolled the whole transaction back to break a deadlock or a lock wait. On a
 * Galera cluster this is also how a certification conflict shows (1213 at COMMIT): another
 * node committed a write to the same rows first. Nothing of the transaction was kept, so
 * running it again is always safe.
 */
const ROLLED_BACK = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT']);

/**
 * The connection broke (its node died) or the node is not part of the cluster's primary
 * component (1047). A COMMIT in flight may or may not have been kept, so only work that is
 * idempotent (it finds its own earlier row by a unique key) may be run again.
 */
const CONNECTION_LOST = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'PROTOCOL_CONNECTION_LOST',
  'ER_SERVER_SHUTDOWN',
  'ER_UNKNOWN_COM_ERROR',
]);

export function errorCode(error: unknown): string | undefined {
  const driverError = ((error as { driverError?: unknown })?.driverError ?? error) as { code?: string; fatal?: boolean } | undefined;
  if (driverError?.code) return driverError.code;
  // mysql2 refuses a command on a connection that has already died (its node was killed, say)
  // with a plain Error marked fatal and no code: the same lost connection, met one step later.
  if (driverError?.fatal === true) return 'PROTOCOL_CONNECTION_LOST';
  return (error as { code?: string })?.code;
}

export interface RetryOptions {
  /** Also run the work again after a lost connection (the work must be idempotent). */
  afterConnectionLoss?: boolean;
  /** Called when the node answered 1047 (not synced): the pool should move to another node. */
  onNodeUnready?: () => void;
  attempts?: number;
}

/**
 * Runs a transaction again when the database gave it up: under a registration burst InnoDB
 * does that by design, and on a cluster every concurrent write to one row on two nodes ends so.
 * The right answer is to retry, not to tell the attendee 500. The back-off grows (jittered,
 * so colliding transactions do not collide again in step) and is bounded: after the last
 * attempt the answer is 503, never 500.
 */
export async function retryTransient<T>(work: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 12;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = errorCode(error);
      const retryable = code !== undefined && (ROLLED_BACK.has(code) || (options.afterConnectionLoss === true && CONNECTION_LOST.has(code)));
      if (!retryable) throw error;
      if (code === 'ER_UNKNOWN_COM_ERROR') options.onNodeUnready?.();
      if (attempt >= attempts) throw new ServiceUnavailableException({ message: HTTP_MESSAGES.databaseBusy() });
      retryCounter.count++;
      const ceiling = Math.min(250, 5 * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, ceiling / 2 + (Math.random() * ceiling) / 2));
    }
  }
}

/** How many times work was run again since the process started (metrics, the cluster bench). */
export const retryCounter = { count: 0 };
