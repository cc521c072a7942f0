import { ServiceUnavailableException } from '@nestjs/common';
import { HTTP_MESSAGES } from './i18n/common-messages';

const TRANSIENT = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT']);

function isTransient(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code;
  return code !== undefined && TRANSIENT.has(code);
}

/**
 * Runs a transaction again when the database gave it up to break a deadlock or a lock wait:
 * under a registration burst InnoDB does that by design, and the right answer is to retry,
 * not to tell the attendee 500. After the last attempt the answer is 503, never 500.
 */
export async function retryTransient<T>(work: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isTransient(error)) throw error;
      if (attempt >= attempts) throw new ServiceUnavailableException({ message: HTTP_MESSAGES.databaseBusy() });
      // Jittered backoff, so the transactions that collided do not collide again in step.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
