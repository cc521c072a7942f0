import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { ClusterNodes } from './cluster-nodes';
import { CLUSTER_NODES, clusterNodesFor, readYourWritesAcrossNodes } from './database-cluster';
import { DatabaseHealth } from './database-health';
import { buildDataSourceOptions } from './data-source-options';
import { PlainStatements } from './plain-statements';
import { SchemaMigrator } from './schema-migrator';
import { Transactions } from './transactions';
import { serializeSqliteTransactions } from './sqlite-serial-transactions';

/** The one ClusterNodes of the process: the pool opens its sockets through it, readiness reports it. */
@Module({
  providers: [{ provide: CLUSTER_NODES, inject: [APP_CONFIG], useFactory: clusterNodesFor }],
  exports: [CLUSTER_NODES],
})
class DatabaseClusterModule {}

/** Global: every feature's store and service opens transactions through the one Transactions. */
@Global()
@Module({
  imports: [
    DatabaseClusterModule,
    TypeOrmModule.forRootAsync({
      imports: [DatabaseClusterModule],
      inject: [APP_CONFIG, CLUSTER_NODES],
      useFactory: (config: AppConfig, cluster: ClusterNodes | null) => ({
        ...buildDataSourceOptions(config.database, cluster ?? undefined),
        // Fail fast at start rather than retrying for minutes: the operator sees the cause.
        retryAttempts: 3,
        retryDelay: 1_000,
      }),
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        serializeSqliteTransactions(dataSource);
        if ((options as { extra?: { stream?: unknown } }).extra?.stream) await readYourWritesAcrossNodes(dataSource);
        return dataSource;
      },
    }),
  ],
  providers: [SchemaMigrator, Transactions, PlainStatements, DatabaseHealth],
  exports: [Transactions, PlainStatements, DatabaseHealth, DatabaseClusterModule],
})
export class DatabaseModule {}
