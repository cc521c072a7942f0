'use strict';
const { randomBytes } = require('node:crypto');
const { mkdtempSync, rmSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/**
 * A database that exists for one bench run only: `huiwu_bench_<random>` on the MariaDB server
 * (BENCH_MYSQL_URL, default mariadb://root@127.0.0.1:3306), or with --sqlite a file in a
 * temporary directory. `sql` runs the harness's own checks; `drop` removes everything.
 */
async function createBenchDatabase({ sqlite, tmpDir }) {
  if (sqlite) {
    const file = path.join(tmpDir, 'bench.sqlite');
    const Database = require('better-sqlite3');
    let db = null;
    return {
      url: `sqlite:${file}`,
      label: 'SQLite (temporary file)',
      async query(sql, params = []) {
        db ??= new Database(file, { readonly: true, timeout: 10_000 });
        return db.prepare(sql).all(...params);
      },
      async drop() {
        db?.close();
      },
    };
  }
  const mysql = require('mysql2/promise');
  const base = new URL(process.env.BENCH_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306');
  const name = `huiwu_bench_${randomBytes(4).toString('hex')}`;
  const connection = await mysql.createConnection({
    host: base.hostname,
    port: Number(base.port || 3306),
    user: decodeURIComponent(base.username || 'root'),
    password: decodeURIComponent(base.password),
    multipleStatements: false,
  });
  await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const [[{ version }]] = await connection.query('SELECT VERSION() AS version');
  await connection.changeUser({ database: name });
  const url = new URL(base.href);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    label: `MariaDB ${version}`,
    name,
    async query(sql, params = []) {
      const [rows] = await connection.query(sql, params);
      return rows;
    },
    async drop() {
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
}

function makeTmpDir() {
  return mkdtempSync(path.join(os.tmpdir(), 'huiwu-bench-'));
}

function removeTmpDir(dir) {
  rmSync(dir, { recursive: true, force: true });
}

module.exports = { createBenchDatabase, makeTmpDir, removeTmpDir };
