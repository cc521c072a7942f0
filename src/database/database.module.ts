import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DatabaseHealth } from './database-health';
import { buildDataSourceOptions } from './data-source-options';
import { SchemaMigrator } from './schema-migrator';
import { Transactions } from './transactions';
import { serializeSqliteTransactions } from './sqlite-serial-transactions';

/** Global: every feature's store and service opens transactions through the one Transactions. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...buildDataSourceOptions(config.database),
        // Fail fast at start rather than retrying for minutes: the operator sees the cause.
        retryAttempts: 3,
        retryDelay: 1_000,
      }),
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        serializeSqliteTransactions(dataSource);
        return dataSource;
      },
    }),
  ],
  providers: [SchemaMigrator, Transactions, DatabaseHealth],
  exports: [Transactions, DatabaseHealth],
})
export class DatabaseModule {}
