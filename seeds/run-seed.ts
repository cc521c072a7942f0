import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { describeDatabase } from '../src/config/database-url';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { runPendingMigrations } from '../src/database/migration-runner';
import { loadSeed } from './seed-loader';

/** `npm run seed`: brings the schema up to date, then loads the real seed; safe to run again. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const dataSource = new DataSource(buildDataSourceOptions(config.database));
  await dataSource.initialize();
  try {
    await runPendingMigrations(dataSource);
    const report = await loadSeed(dataSource, undefined, (line) => console.log(line));
    console.log(`seed loaded into ${describeDatabase(config.database)}`);
    console.table(report);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
