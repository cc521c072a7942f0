import { Injectable } from '@nestjs/common';
import { DatabaseHealth } from '../database/database-health';

export interface HealthReport {
  status: 'ok' | 'error';
  database: { status: 'up' | 'down'; type: string; latencyMs?: number; error?: string };
}

const PROBE_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(private readonly database: DatabaseHealth) {}

  /** A round trip to the database, bounded in time so a hung database cannot hang the probe. */
  async check(): Promise<HealthReport> {
    const type = this.database.type;
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.database.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
        }),
      ]);
      return { status: 'ok', database: { status: 'up', type, latencyMs: Date.now() - started } };
    } catch (error) {
      return { status: 'error', database: { status: 'down', type, error: (error as Error).message } };
    } finally {
      clearTimeout(timer);
    }
  }
}
