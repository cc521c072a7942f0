import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { runPendingMigrations } from '../../src/database/migration-runner';
import { ProgramRelease } from '../../src/releases/entities/program-release.entity';
import { ReleasedSession } from '../../src/releases/entities/released-session.entity';
import type { Session } from '../../src/sessions/entities/session.entity';

/**
 * A fresh SQLite file with the app's migrations applied, for unit tests of stores and of the
 * rules that read through them: the real schema and SQL, no mocks.
 */
export async function migratedSqlite(): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'huiwu-unit-'));
  const dataSource = new DataSource({ ...buildDataSourceOptions({ type: 'sqlite', file: join(dir, 'huiwu.sqlite') }), logging: false });
  await dataSource.initialize();
  await runPendingMigrations(dataSource);
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A release of the edition that freezes these sessions as they are (or with `overrides`). */
export async function releaseOf(dataSource: DataSource, editionId: number, sessions: Session[], version = 1, overrides: Partial<ReleasedSession> = {}): Promise<ProgramRelease> {
  const release = await dataSource.getRepository(ProgramRelease).save({ editionId, version, note: null, publishedAt: new Date(), publishedById: null, publishedByEmail: null });
  for (const s of sessions) {
    await dataSource.getRepository(ReleasedSession).save({
      releaseId: release.id,
      sessionId: s.id,
      kind: s.kind,
      titleZh: s.titleZh,
      startsAt: s.startsAt ?? null,
      endsAt: s.endsAt ?? null,
      capacity: s.capacity ?? null,
      roomId: null,
      status: s.status,
      hosts: [],
      speakers: [],
      sequence: 0,
      lastChangedAt: new Date(),
      changes: ['added'],
      ...overrides,
    });
  }
  return release;
}
