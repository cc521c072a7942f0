import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ClusterNodes } from './cluster-nodes';

/** The DI token of the process's `ClusterNodes`, or null when the URL names one server. */
export const CLUSTER_NODES = Symbol('ClusterNodes');

export function clusterNodesFor(config: AppConfig): ClusterNodes | null {
  if (config.database.type !== 'mysql' || config.database.nodes.length < 2) return null;
  const logger = new Logger('Database');
  return new ClusterNodes(config.database.nodes, (from, to, reason) =>
    logger.warn(`node ${from.host}:${from.port} is gone (${reason}); new connections go to ${to.host}:${to.port}`),
  );
}

interface PoolLike {
  on(event: 'connection', listener: (connection: { query(sql: string): unknown }) => void): void;
  query(sql: string, callback: (error: Error | null) => void): void;
}

/**
 * On a cluster, a read waits until the node it runs on has applied every write the cluster
 * committed before it (wsrep_sync_wait = 1: reads). Without it, a request answered by a process
 * on node 2 just after another process wrote on node 1 could miss that write: a registration
 * whose page says "not found", a seat count that went back. Set per connection, as each opens.
 */
export async function readYourWritesAcrossNodes(dataSource: DataSource): Promise<void> {
  const pool = (dataSource.driver as unknown as { pool?: PoolLike }).pool;
  if (!pool) return;
  const statement = 'SET SESSION wsrep_sync_wait = 1';
  pool.on('connection', (connection) => void connection.query(statement));
  // The one connection TypeORM opened while starting was made before the listener.
  await new Promise<void>((resolve, reject) => pool.query(statement, (error) => (error ? reject(error) : resolve())));
}
