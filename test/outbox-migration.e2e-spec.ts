import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { revertLastMigration, runPendingMigrations } from '../src/database/migration-runner';
import { OutboxMessage } from '../src/notifications/entities/outbox-message.entity';
import { asMail } from './support/outbox-mail';
import { createTestDatabase, TestDatabase } from './support/test-database';

describe('the channel-neutral outbox migration', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(buildDataSourceOptions(loadConfig({ DATABASE_URL: database.url }).database));
    await dataSource.initialize();
    await runPendingMigrations(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  /** Back to the outbox of final texts (to_address, subject, body). */
  async function revertPastIt(): Promise<void> {
    const toRevert = dataSource.migrations.length - dataSource.migrations.findIndex((m) => m.name?.startsWith('ChannelNeutralOutbox'));
    for (let i = 0; i < toRevert; i++) await revertLastMigration(dataSource);
  }

  it('keeps the words, address and state of the messages written before templates, and gives them back when reverted', async () => {
    await revertPastIt();
    const body = '王伟，您好：\n\n您已报名「大会」。\n参会码：K7Q2M\n';
    await dataSource.query(
      'INSERT INTO outbox_message (kind, dedupe_key, registration_id, to_address, subject, body, status, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ['confirmation', 'confirmation:1', null, 'wang@example.org', '报名成功：大会', body, 'failed', 8, '2030-01-01 00:00:00'],
    );

    await runPendingMigrations(dataSource);
    const row = await dataSource.getRepository(OutboxMessage).findOneByOrFail({ dedupeKey: 'confirmation:1' });
    expect(row).toMatchObject({ kind: 'confirmation', channel: 'email', address: 'wang@example.org', language: 'zh', template: 'verbatim', status: 'failed', attempts: 8 });
    expect(asMail(row)).toMatchObject({ toAddress: 'wang@example.org', subject: '报名成功：大会', body });

    await revertPastIt();
    const [old] = await dataSource.query<{ to_address: string; subject: string; body: string }[]>(
      "SELECT to_address, subject, body FROM outbox_message WHERE dedupe_key = 'confirmation:1'",
    );
    expect(old).toEqual({ to_address: 'wang@example.org', subject: '报名成功：大会', body });
    await runPendingMigrations(dataSource);
  });
});
