import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { parseDatabaseUrl } from '../../src/config/database-url';

export interface TestDatabase {
  /** A DATABASE_URL for a database nobody else uses. */
  url: string;
  dialect: 'sqlite' | 'mysql';
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one suite: a temporary SQLite file by default, or a new
 * database on the MariaDB server that TEST_DATABASE_URL names (mysql://root@127.0.0.1:3306/huiwu_test).
 * Suites never share a database, so they can run in parallel and in any order.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base || base.startsWith('sqlite:')) {
    const dir = mkdtempSync(join(tmpdir(), 'huiwu-test-'));
    return {
      url: `sqlite:${join(dir, 'huiwu.sqlite')}`,
      dialect: 'sqlite',
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = parseDatabaseUrl(base);
  if (server.type !== 'mysql') throw new Error(`TEST_DATABASE_URL must be sqlite:… or mysql://…, got ${base}`);
  const name = `${server.database}_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection({ host: server.host, port: server.port, user: server.username, password: server.password });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dialect: 'mysql',
    drop: async () => {
      const connection = await createConnection({ host: server.host, port: server.port, user: server.username, password: server.password });
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
}
