'use strict';
const path = require('node:path');

const DIST = path.join(__dirname, '..', '..', 'dist');

/**
 * Builds the bench editions with seed:demo's own generator, in this process (no npm, no second
 * build), through the application's configuration parser and DataSource options.
 */
async function seedEditions(databaseUrl, editions, log) {
  require('reflect-metadata');
  const { DataSource } = require('typeorm');
  const { loadConfig } = require(path.join(DIST, 'src/config/app-config'));
  const { buildDataSourceOptions } = require(path.join(DIST, 'src/database/data-source-options'));
  const { seedDemoEdition } = require(path.join(DIST, 'seeds/demo/demo-edition'));
  const { DEMO_DEFAULTS } = require(path.join(DIST, 'seeds/demo/demo-options'));

  const config = loadConfig({ DATABASE_URL: databaseUrl });
  const dataSource = new DataSource(buildDataSourceOptions(config.database));
  await dataSource.initialize();
  try {
    const reports = [];
    for (const edition of editions) {
      const report = await seedDemoEdition(dataSource, { ...DEMO_DEFAULTS, ...edition, replace: false });
      log(`  seeded ${report.edition}: ${report.sessions} sessions, ${report.rooms} rooms, ${report.speakers} speakers, ${report.registrations} registrations (${report.confirmedSeats} seats, ${report.waitlistedSeats} waitlisted) in ${report.seconds.toFixed(1)} s`);
      reports.push(report);
    }
    return reports;
  } finally {
    await dataSource.destroy();
  }
}

module.exports = { seedEditions };
