import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../../src/config/app-config';
import { describeDatabase } from '../../src/config/database-url';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { DemoEditionExists, seedDemoEdition } from './demo-edition';
import { parseDemoArgs } from './demo-options';
import { ProgressBar } from './progress-bar';

/** `npm run seed:demo -- --sessions 300 …`: one large, published demo edition in DATABASE_URL. */
async function main(): Promise<void> {
  const options = parseDemoArgs(process.argv.slice(2));
  // eslint-disable-next-line no-restricted-properties -- a command's entry point, like seeds/run-seed.ts
  const config = loadConfig(process.env);
  const dataSource = new DataSource(buildDataSourceOptions(config.database));
  await dataSource.initialize();
  const bar = new ProgressBar();
  try {
    const report = await seedDemoEdition(dataSource, options, (stage, done, total) => bar.update(stage, done, total));
    bar.finishLine();
    console.log(`${report.replaced ? 'replaced' : 'created'} ${report.edition} (id ${report.editionId}) in ${describeDatabase(config.database)} in ${report.seconds.toFixed(1)} s`);
    console.table({
      rooms: report.rooms,
      sessions: report.sessions,
      speakers: report.speakers,
      'speaker appearances': report.speakerAppearances,
      'session hosts': report.sessionHosts,
      release: report.release,
      registrations: report.registrations,
      'confirmed seats': report.confirmedSeats,
      'waitlisted seats': report.waitlistedSeats,
    });
    console.log(`program: /api/editions/${report.edition}/program`);
  } finally {
    bar.finishLine();
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  // A refusal is an answer, not a crash: no stack trace for it or for bad options.
  const expected = error instanceof DemoEditionExists || error instanceof ConfigError || /^(Unexpected argument|Unknown option|--)/.test(error.message);
  console.error(expected ? error.message : (error.stack ?? error.message));
  process.exit(error instanceof DemoEditionExists ? 3 : 1);
});
