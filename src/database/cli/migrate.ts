import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../config/app-config';
import { describeDatabase } from '../../config/database-url';
import { buildDataSourceOptions } from '../data-source-options';
import { revertLastMigration, runPendingMigrations } from '../migration-runner';
import { renderMigration } from './render-migration';

const USAGE = `usage: migrate.js run | revert | show | generate <Name>
  The database is DATABASE_URL's (default sqlite:data/huiwu.sqlite).
  generate writes src/database/migrations/<dialect>/<timestamp>-<Name>.ts with what the
  entities need beyond the migrations already present; run it once per dialect.`;

async function main(argv: string[]): Promise<number> {
  const [command, name] = argv;
  const config = loadConfig(process.env);
  const dataSource = new DataSource(buildDataSourceOptions(config.database));
  await dataSource.initialize();
  console.log(`database: ${describeDatabase(config.database)}`);
  try {
    switch (command) {
      case 'run': {
        const applied = await runPendingMigrations(dataSource);
        console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'schema is up to date');
        return 0;
      }
      case 'revert':
        await revertLastMigration(dataSource);
        console.log('reverted the last migration');
        return 0;
      case 'show': {
        const pending = await dataSource.showMigrations();
        console.log(pending ? 'there are pending migrations' : 'no pending migrations');
        return 0;
      }
      case 'generate': {
        if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
          console.error('generate needs a PascalCase name, e.g. generate AddRegistrations');
          return 2;
        }
        await runPendingMigrations(dataSource);
        const sql = await dataSource.driver.createSchemaBuilder().log();
        if (sql.upQueries.length === 0) {
          console.log('the schema already matches the entities: nothing to generate');
          return 0;
        }
        const timestamp = Date.now();
        const dialect = config.database.type;
        const file = join(process.cwd(), 'src/database/migrations', dialect, `${timestamp}-${name}.ts`);
        writeFileSync(file, renderMigration(`${name}${timestamp}`, sql.upQueries, sql.downQueries));
        console.log(`wrote ${file}`);
        return 0;
      }
      default:
        console.error(USAGE);
        return 2;
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
