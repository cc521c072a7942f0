import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '../../config/app-config';
import { describeDatabase } from '../../config/database-url';
import { backupDatabase, restoreDatabase } from '../backup';

const USAGE = `usage: npm run backup [-- <file>]     back up DATABASE_URL's database (default backups/huiwu-<time>.sqlite|.sql)
       npm run restore -- <file>      restore a backup into DATABASE_URL's database, which must be empty
  SQLite: SQLite's online backup API (the server may keep running). MySQL/MariaDB: a dump read in
  one consistent snapshot, plain SQL (also loads with the mariadb/mysql client).`;

async function main(argv: string[]): Promise<number> {
  const [command, file] = argv;
  const config = loadConfig(process.env);
  if (command === 'backup') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const target = resolve(file ?? `backups/huiwu-${stamp}.${config.database.type === 'sqlite' ? 'sqlite' : 'sql'}`);
    mkdirSync(dirname(target), { recursive: true });
    const started = Date.now();
    const report = await backupDatabase(config.database, target);
    console.log(`backed up ${describeDatabase(config.database)} to ${report.file}: ${report.tables} tables, ${report.rows} rows, ${report.bytes} bytes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  }
  if (command === 'restore' && file) {
    const report = await restoreDatabase(config.database, resolve(file));
    console.log(`restored ${resolve(file)} into ${describeDatabase(config.database)}: ${report.tables} tables, ${report.rows} rows`);
    return 0;
  }
  console.error(USAGE);
  return 64;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`huiwu backup: ${error.message}`);
    process.exit(1);
  },
);
