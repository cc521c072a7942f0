import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { createConnection as createCallbackConnection, type Connection as CallbackConnection } from 'mysql2';
import type { Connection, FieldPacket } from 'mysql2/promise';
import type { DatabaseConfig } from '../config/database-url';

/**
 * Backups of the database DATABASE_URL names, and their restore into an empty database.
 * - SQLite: SQLite's online backup API (better-sqlite3's `db.backup`), a page-by-page copy that
 *   readers and writers of the live file may go on using; the copy is itself a database file.
 * - MySQL/MariaDB (or one node of a Galera cluster): a dump read in one consistent snapshot
 *   (`START TRANSACTION WITH CONSISTENT SNAPSHOT` at REPEATABLE READ), written as plain SQL, one
 *   statement per line: every table's CREATE TABLE, then its rows in multi-row INSERTs. Values are
 *   read as the server stores them (dates and decimals as text, binary as hex), so they come back
 *   equal. The file also loads with the `mariadb`/`mysql` client.
 */

export interface BackupReport {
  file: string;
  tables: number;
  rows: number;
  bytes: number;
}

/** What one multi-row INSERT may hold, under the server's default max_allowed_packet (16 MB) with room to spare. */
const INSERT_BYTES = 1_000_000;
const HEADER = '-- Huiwu backup';

export async function backupDatabase(config: DatabaseConfig, file: string): Promise<BackupReport> {
  if (existsSync(file)) throw new Error(`${file} exists already: name a new file`);
  return config.type === 'sqlite' ? backupSqlite(config.file, file) : dumpMysql(config, file);
}

/** Restores a backup into DATABASE_URL's database, which must be empty (a new file, a new schema). */
export async function restoreDatabase(config: DatabaseConfig, file: string): Promise<BackupReport> {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  return config.type === 'sqlite' ? restoreSqlite(file, config.file) : loadMysqlDump(config, file);
}

async function backupSqlite(source: string, file: string): Promise<BackupReport> {
  if (source === ':memory:') throw new Error('an in-memory database has nothing to back up');
  if (!existsSync(source)) throw new Error(`${source} does not exist`);
  const db = new Database(source, { fileMustExist: true });
  try {
    await db.backup(file);
  } finally {
    db.close();
  }
  return checkSqlite(file);
}

async function restoreSqlite(file: string, target: string): Promise<BackupReport> {
  if (target === ':memory:') throw new Error('restore into a file, not sqlite::memory:');
  if (existsSync(target) && statSync(target).size > 0) {
    const existing = new Database(target, { fileMustExist: true, readonly: true });
    try {
      const tables = existing.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
      if (tables.n > 0) throw new Error(`${target} already holds ${tables.n} tables: restore into a new, empty database`);
    } finally {
      existing.close();
    }
  }
  const report = checkSqlite(file);
  const backup = new Database(file, { fileMustExist: true, readonly: true });
  try {
    await backup.backup(target);
  } finally {
    backup.close();
  }
  return { ...report, file: target, bytes: statSync(target).size };
}

/** Opens the copy, checks its integrity and counts what it holds. */
function checkSqlite(file: string): BackupReport {
  const db = new Database(file, { fileMustExist: true, readonly: true });
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`${file} failed SQLite's integrity check: ${String(check)}`);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
    const rows = tables.reduce((sum, name) => sum + (db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n, 0);
    return { file, tables: tables.length, rows, bytes: statSync(file).size };
  } finally {
    db.close();
  }
}

type MysqlConfig = Extract<DatabaseConfig, { type: 'mysql' }>;

/** A connection to the first node that answers, reading every value as the server writes it. */
async function connect(config: MysqlConfig): Promise<{ connection: Connection; raw: CallbackConnection }> {
  let last: unknown;
  for (const node of config.nodes) {
    try {
      const raw = createCallbackConnection({
        host: node.host,
        port: node.port,
        user: config.username,
        password: config.password,
        database: config.database,
        charset: 'utf8mb4_unicode_ci',
        connectTimeout: 5_000,
        dateStrings: true,
        supportBigNumbers: true,
        bigNumberStrings: true,
        decimalNumbers: false,
        // MySQL's JSON type is read as its text, not parsed.
        typeCast: (field, next) => (field.type === 'JSON' ? field.string('utf8') : next()),
      });
      const connection = raw.promise();
      try {
        await connection.query("SET time_zone = '+00:00'");
      } catch (error) {
        raw.destroy();
        throw error;
      }
      return { connection, raw };
    } catch (error) {
      last = error;
    }
  }
  throw last instanceof Error ? last : new Error(`no node of ${config.database} answered`);
}

const quoteName = (name: string) => `\`${name.replace(/`/g, '``')}\``;

function sqlValue(connection: Connection, value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Buffer.isBuffer(value)) return value.length === 0 ? "''" : `X'${value.toString('hex')}'`;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NULL';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? '1' : '0';
  return connection.escape(String(value));
}

async function dumpMysql(config: MysqlConfig, file: string): Promise<BackupReport> {
  const { connection, raw } = await connect(config);
  const out = createWriteStream(file, { flags: 'wx' });
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  let tables = 0;
  let rows = 0;
  try {
    await connection.query('SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    await connection.query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
    await write(`${HEADER} of ${config.flavor} database ${config.database}, ${new Date().toISOString()} (restore: npm run restore -- <this file>)`);
    await write('SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;');
    await write("SET time_zone = '+00:00';");
    await write('SET FOREIGN_KEY_CHECKS = 0;');
    await write('SET UNIQUE_CHECKS = 0;');
    const [names] = (await connection.query(
      "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
    )) as unknown as [{ name: string }[], FieldPacket[]];
    for (const { name } of names) {
      tables++;
      const [[created]] = (await connection.query(`SHOW CREATE TABLE ${quoteName(name)}`)) as unknown as [Record<string, string>[]];
      // One statement per line: newlines in DDL are whitespace (string literals in it come escaped).
      await write(`${created['Create Table'].replace(/\r?\n/g, ' ')};`);
      const [columns] = (await connection.query(
        "SELECT COLUMN_NAME AS name FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND EXTRA NOT LIKE '%GENERATED%' ORDER BY ORDINAL_POSITION",
        [name],
      )) as unknown as [{ name: string }[]];
      const columnList = columns.map((c) => quoteName(c.name)).join(', ');
      const insert = `INSERT INTO ${quoteName(name)} (${columnList}) VALUES `;
      let batch: string[] = [];
      let size = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        await write(`${insert}${batch.join(',')};`);
        batch = [];
        size = 0;
      };
      const stream = raw.query({ sql: `SELECT ${columnList} FROM ${quoteName(name)}`, rowsAsArray: true }).stream();
      for await (const row of stream as AsyncIterable<unknown[]>) {
        const tuple = `(${row.map((value) => sqlValue(connection, value)).join(',')})`;
        if (size + tuple.length > INSERT_BYTES) await flush();
        batch.push(tuple);
        size += tuple.length;
        rows++;
      }
      await flush();
    }
    await write('SET UNIQUE_CHECKS = 1;');
    await write('SET FOREIGN_KEY_CHECKS = 1;');
    await write(`-- end of backup: ${tables} tables, ${rows} rows`);
    await connection.query('COMMIT');
  } catch (error) {
    out.destroy();
    throw error;
  } finally {
    await connection.end();
  }
  out.end();
  await once(out, 'finish');
  return { file, tables, rows, bytes: statSync(file).size };
}

async function loadMysqlDump(config: MysqlConfig, file: string): Promise<BackupReport> {
  const { connection } = await connect(config);
  try {
    const [[existing]] = (await connection.query("SELECT count(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")) as unknown as [{ n: number | string }[]];
    if (Number(existing.n) > 0) throw new Error(`${config.database} already holds ${existing.n} tables: restore into a new, empty database`);
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    let first = true;
    let complete = false;
    let tables = 0;
    for await (const line of lines) {
      if (first) {
        if (!line.startsWith(HEADER)) throw new Error(`${file} is not a Huiwu backup of a MySQL/MariaDB database`);
        first = false;
        continue;
      }
      if (line.startsWith('-- end of backup')) {
        complete = true;
        continue;
      }
      if (line === '' || line.startsWith('--')) continue;
      if (line.startsWith('CREATE TABLE')) tables++;
      await connection.query(line);
    }
    if (!complete) throw new Error(`${file} ends before its last line: the backup is incomplete`);
    const [counted] = (await connection.query(
      "SELECT SUM(TABLE_ROWS) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()",
    )) as unknown as [{ n: number | string | null }[]];
    return { file, tables, rows: Number(counted[0]?.n ?? 0), bytes: statSync(file).size };
  } finally {
    await connection.end();
  }
}
