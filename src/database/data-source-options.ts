import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/database-url';
import { ClusterNodes } from './cluster-nodes';
import { ENTITIES } from './entities';
import { QueryErrorLogger } from './query-error-logger';

/**
 * The one definition of the database connection, used by the app, the migration CLI
 * (data-source.ts), the seed command and the tests. Never `synchronize`: the schema comes
 * from the migrations of the dialect in use.
 */
export function buildDataSourceOptions(config: DatabaseConfig, cluster?: ClusterNodes): DataSourceOptions {
  const migrations = [join(__dirname, 'migrations', config.type, '*.{js,ts}')];
  const common = {
    entities: ENTITIES,
    migrations,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    migrationsRun: false,
    logging: ['error', 'warn'] as ('error' | 'warn')[],
    logger: new QueryErrorLogger(),
  };
  if (config.type === 'sqlite') {
    if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: config.file,
      // WAL lets readers go on while a registration burst writes; the timeout makes a second
      // process wait for the write lock instead of failing at once.
      enableWAL: true,
      timeout: 10_000,
      // Migrations for SQLite recreate tables; they must not cascade through foreign keys.
      migrationsTransactionMode: 'each',
    };
  }
  const nodes = cluster ?? (config.nodes.length > 1 ? new ClusterNodes(config.nodes) : undefined);
  return {
    ...common,
    type: config.flavor,
    host: config.host,
    port: config.port,
    username: config.username,
    password: config.password,
    database: config.database,
    charset: 'utf8mb4_unicode_ci',
    // Instants go over the wire in UTC whatever the server's or the process's zone.
    timezone: 'Z',
    // A DATE is a local calendar day: never let the driver turn it into a Date at some midnight.
    dateStrings: ['DATE'],
    connectTimeout: 5_000,
    // With several nodes, every connection is opened by the cluster's socket factory, which
    // moves to the next node when the one in use is gone (host and port are then unused).
    // `trace: false`: mysql2's promise API otherwise captures a stack trace on every query, in
    // case it fails (about 4 % of a door scan's time); TypeORM's QueryFailedError names the query.
    extra: { connectionLimit: 20, waitForConnections: true, queueLimit: 1000, trace: false, ...(nodes ? { stream: nodes.openSocket } : {}) },
    migrationsTransactionMode: 'each',
  };
}
