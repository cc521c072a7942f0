import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { HIGH_VOLUME_ENV } from './test-app';
import { createApp } from '../../src/app-factory';
import { AppConfig, loadConfig } from '../../src/config/app-config';

export interface SecondApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  config: AppConfig;
  close(): Promise<void>;
}

/**
 * Another server on a database that a test app already uses, as a second process of a
 * deployment would be: it neither creates nor drops the database, and never seeds it.
 * Close it before the test app, which drops the database.
 */
export async function startSecondApp(databaseUrl: string, env: Record<string, string> = {}): Promise<SecondApp> {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    PUBLIC_BASE_URL: 'http://huiwu.test',
    SEED_ON_START: 'never',
    LOG_LEVEL: 'warn',
    ...HIGH_VOLUME_ENV,
    ...env,
  });
  const app = await createApp(config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return { app, dataSource: app.get(DataSource), config, close: () => app.close() };
}
