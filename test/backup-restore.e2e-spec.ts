import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { attendee } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { createTestDatabase, TestDatabase } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

const CLI = join(__dirname, '..', 'dist', 'src', 'database', 'cli', 'backup.js');

/** `npm run backup` / `npm run restore` as an operator runs them: the built command, DATABASE_URL in its environment. */
function runCli(databaseUrl: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl }, encoding: 'utf8', timeout: 120_000 });
}

/** Every row of every table, in a stable order, as plain values. */
async function snapshot(url: string): Promise<Record<string, unknown[]>> {
  const dataSource = new DataSource(buildDataSourceOptions(loadConfig({ DATABASE_URL: url }).database));
  await dataSource.initialize();
  try {
    const sqlite = dataSource.options.type === 'better-sqlite3';
    const names: { name: string }[] = sqlite
      ? await dataSource.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      : await dataSource.query("SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
    const tables: Record<string, unknown[]> = {};
    for (const { name } of names) {
      const quoted = sqlite ? `"${name}"` : `\`${name}\``;
      const rows: Record<string, unknown>[] = await dataSource.query(`SELECT * FROM ${quoted}`);
      tables[name] = rows.map((row) => JSON.stringify(row, (_key, value: unknown) => (value instanceof Date ? value.toISOString() : value))).sort();
    }
    return tables;
  } finally {
    await dataSource.destroy();
  }
}

describe('npm run backup / npm run restore', () => {
  let t: TestApp;
  let target: TestDatabase;
  let dir: string;
  let file: string;
  let source: Record<string, unknown[]>;

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    target = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'huiwu-backup-'));
    file = join(dir, t.database.dialect === 'sqlite' ? 'huiwu.sqlite' : 'huiwu.sql');
    // An edition with a 3-seat forum (so a waitlist), a second session, a release, and registrations.
    const api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    const edition = await api.edition('integrity', 2037, '2037-12-01', '2037-12-02', { title: '2037年备份测试大会' });
    const room = await api.room(edition.id, '第一会议室', 200);
    const forum = (await api.session(edition.id, { title: '备份分论坛', startsAt: '2037-12-01T14:00', endsAt: '2037-12-01T17:00', roomId: room.id, capacity: 3 })).session.id;
    const other = (await api.session(edition.id, { title: '第二分论坛', startsAt: '2037-12-02T09:00', endsAt: '2037-12-02T11:00', roomId: room.id, capacity: 100 })).session.id;
    await api.patch(`/api/editions/${edition.id}`, { status: 'published' });
    await api.post(`/api/editions/${edition.id}/releases`, { note: '第一版' });
    const people: { code: string; token: string }[] = [];
    for (let i = 0; i < 7; i++) {
      const body = attendee(i, { name: `备份者${i}`, phone: `1391234567${i}`, sessionIds: i % 2 === 0 ? [forum, other] : [forum] });
      const res = await t.http.post(`/api/editions/${edition.id}/registrations`).send(body);
      expect(res.status).toBe(201);
      people.push({ code: res.body.code, token: res.body.token });
    }
    // The first gives up the forum seat: the first on the waitlist moves up (a seat row that changed).
    const cancel = await t.http.delete(`/api/registrations/${people[0].code}/sessions/${forum}?token=${people[0].token}`);
    expect(cancel.status).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await target?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('backs up the live database while the server runs', async () => {
    source = await snapshot(t.database.url);
    const result = runCli(t.database.url, 'backup', file);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/backed up .* to .*: \d+ tables, \d+ rows/);
    // Rows under test are there: registrations, both seats and waitlist tickets, the release.
    expect(source.registration).toHaveLength(7);
    const seats = source.session_seat.map((row) => JSON.parse(row as string) as { status: string });
    expect(seats.filter((s) => s.status === 'confirmed')).toHaveLength(3 + 4);
    expect(seats.filter((s) => s.status === 'waitlisted')).toHaveLength(3);
    expect(source.program_release.filter((row) => (row as string).includes('第一版'))).toHaveLength(1);
    expect(source.released_session.length).toBeGreaterThanOrEqual(2);
    if (t.database.dialect === 'mysql') {
      const dump = readFileSync(file, 'utf8');
      expect(dump.split('\n')[0]).toMatch(/^-- Huiwu backup of mariadb database /);
      expect(dump).toContain('备份者3');
      expect(dump.trimEnd().split('\n').pop()).toMatch(/^-- end of backup: \d+ tables, \d+ rows$/);
    }
  });

  it('will not overwrite a file', () => {
    const again = runCli(t.database.url, 'backup', file);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists already');
  });

  it('restores into an empty database and finds every row equal', async () => {
    const result = runCli(target.url, 'restore', file);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const restored = await snapshot(target.url);
    expect(Object.keys(restored).sort()).toEqual(Object.keys(source).sort());
    for (const table of ['registration', 'session_seat', 'program_release', 'released_session', 'schema_migration']) expect(restored[table]).toEqual(source[table]);
    expect(restored).toEqual(source);
  });

  it('refuses to restore into a database that is not empty', async () => {
    const result = runCli(target.url, 'restore', file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/already holds \d+ tables/);
  });

  it('serves the restored database: schema current, registrations readable', async () => {
    const dataSource = new DataSource(buildDataSourceOptions(loadConfig({ DATABASE_URL: target.url }).database));
    await dataSource.initialize();
    try {
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });
});
