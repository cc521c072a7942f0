import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app-factory';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { createTestDatabase, TestDatabase } from './test-database';

export interface RouteEntry {
  method: string;
  url: string;
}

export interface TestApp {
  app: NestFastifyApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  config: AppConfig;
  database: TestDatabase;
  /** Every route the application registered, as Fastify saw it: the table to walk in tests. */
  routes: RouteEntry[];
  close(): Promise<void>;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options']);

/**
 * Every request of this client asks for a language (`Accept-Language`), so that the suites
 * written against the English wording keep reading it now that Chinese is the default. A test
 * asks otherwise with `.set('Accept-Language', 'zh-CN')`, or `.unset('Accept-Language')` for none.
 */
export function inLanguage(http: ReturnType<typeof request>, language: string): ReturnType<typeof request> {
  return new Proxy(http, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof property !== 'string' || !METHODS.has(property) || typeof value !== 'function') return value;
      return (...args: unknown[]) => (value as (...a: unknown[]) => request.Test).apply(target, args).set('Accept-Language', language);
    },
  });
}

/**
 * Registration limits out of the way: suites post many registrations from one address (and
 * bursts of hundreds for one edition). test/registration-abuse.e2e-spec.ts sets them low.
 */
export const HIGH_VOLUME_ENV: Record<string, string> = {
  REGISTRATION_ADDRESS_PER_HOUR: '1000000',
  REGISTRATION_EDITION_PER_MINUTE: '1000000',
  MAIL_RECIPIENT_PER_HOUR: '1000000',
  MAIL_RECIPIENT_PER_DAY: '1000000',
  REGISTRATION_CHALLENGE_AFTER: '1000000',
  REGISTRATION_EDITION_CHALLENGE_AFTER: '1000000',
};

/**
 * Starts the real application (same factory as main.ts, real Fastify, real database) on a
 * fresh database. `seed: false` gives an empty, migrated database.
 */
export async function startTestApp(options: { seed?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    DATABASE_URL: database.url,
    PUBLIC_BASE_URL: 'http://huiwu.test',
    SEED_ON_START: options.seed === false ? 'never' : 'auto',
    LOG_LEVEL: 'warn',
    // Timed jobs would run on their own clock in the middle of a test; the jobs suite turns them on.
    JOBS_ENABLED: 'false',
    MAIL_SPOOL: join(tmpdir(), `huiwu-mail-${process.pid}-${randomBytes(4).toString('hex')}.jsonl`),
    CACHE_DIR: join(tmpdir(), `huiwu-cache-${process.pid}-${randomBytes(4).toString('hex')}`),
    ...HIGH_VOLUME_ENV,
    ...options.env,
  });
  const app = await createApp(config);
  const routes: RouteEntry[] = [];
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url });
    }
  });
  await app.init();
  await fastify.ready();
  return {
    app,
    http: inLanguage(request(app.getHttpServer()), 'en'),
    dataSource: app.get(DataSource),
    config,
    database,
    routes,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
