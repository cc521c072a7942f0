import { Inject, Injectable } from '@nestjs/common';
import type { ClusterNodes } from '../database/cluster-nodes';
import { CLUSTER_NODES } from '../database/database-cluster';
import { DatabaseHealth } from '../database/database-health';

export interface HealthReport {
  status: 'ok' | 'error';
  database: {
    status: 'up' | 'down';
    type: string;
    latencyMs?: number;
    error?: string;
    /** Readiness only: whether every migration of this build is applied. */
    migrations?: 'current' | 'pending';
    /** Readiness on a cluster: the node the process's new connections go to, host:port. */
    node?: string;
  };
}

const PROBE_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(
    private readonly database: DatabaseHealth,
    @Inject(CLUSTER_NODES) private readonly cluster: ClusterNodes | null,
  ) {}

  /** A round trip to the database, bounded in time so a hung database cannot hang the probe. */
  check(): Promise<HealthReport> {
    return this.probe(async () => {
      await this.database.ping();
      return {};
    });
  }

  /**
   * Ready to take traffic: the database answers and the schema is this build's. A load balancer
   * sends requests only to ready processes; liveness (/api/health/live) asks only whether the
   * process should be restarted, which a database outage is no reason for.
   */
  ready(): Promise<HealthReport> {
    return this.probe(async () => {
      await this.database.ping();
      const pending = await this.database.pendingMigrations();
      const node = this.cluster ? `${this.cluster.current.host}:${this.cluster.current.port}` : undefined;
      return { migrations: pending ? 'pending' : 'current', ...(node ? { node } : {}), ready: !pending };
    });
  }

  private async probe(work: () => Promise<{ migrations?: 'current' | 'pending'; node?: string; ready?: boolean }>): Promise<HealthReport> {
    const type = this.database.type;
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      const { ready = true, ...facts } = (await Promise.race([
        work(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
        }),
      ])) as { migrations?: 'current' | 'pending'; node?: string; ready?: boolean };
      return { status: ready ? 'ok' : 'error', database: { status: 'up', type, latencyMs: Date.now() - started, ...facts } };
    } catch (error) {
      return { status: 'error', database: { status: 'down', type, error: (error as Error).message } };
    } finally {
      clearTimeout(timer);
    }
  }
}
