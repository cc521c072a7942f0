import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Connection, createConnection } from 'mysql2/promise';

const run = promisify(execFile);
const SCRIPT = join(__dirname, '..', '..', 'scripts', 'galera-cluster.sh');

export const GALERA_PORTS = [4301, 4302, 4303] as const;

/**
 * The three-node cluster of scripts/galera-cluster.sh, with a database of the suite's own.
 * `url(order)` names the nodes in the order a process should try them, so that each process
 * of a test starts on a node of its own.
 */
export interface GaleraCluster {
  database: string;
  url(first: number): string;
  node(n: number): Promise<Connection>;
  kill(n: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startGaleraCluster(dir = `/tmp/huiwu-galera-test-${process.pid}`): Promise<GaleraCluster> {
  try {
    await run(SCRIPT, ['start', dir], { timeout: 180_000 });
  } catch (error) {
    // Leave no half-started node behind for the next run.
    await run(SCRIPT, ['stop', dir], { timeout: 120_000 }).catch(() => undefined);
    throw error;
  }
  const database = `huiwu_cluster_${randomBytes(4).toString('hex')}`;
  const first = await createConnection({ host: '127.0.0.1', port: GALERA_PORTS[0], user: 'root' });
  await first.query(`CREATE DATABASE ${database} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await first.end();
  return {
    database,
    url: (firstNode) => {
      const order = [0, 1, 2].map((i) => GALERA_PORTS[(firstNode - 1 + i) % 3]);
      return `mariadb://root@${order.map((port) => `127.0.0.1:${port}`).join(',')}/${database}`;
    },
    node: async (n) => {
      const connection = await createConnection({ host: '127.0.0.1', port: GALERA_PORTS[n - 1], user: 'root', database });
      await connection.query('SET SESSION wsrep_sync_wait = 1');
      return connection;
    },
    kill: async (n) => {
      await run(SCRIPT, ['kill', String(n), dir]);
    },
    stop: async () => {
      await run(SCRIPT, ['stop', dir], { timeout: 120_000 });
      await run('rm', ['-rf', dir]);
    },
  };
}
