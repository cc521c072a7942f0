import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Tx } from '../database/transactions';
import { ProgramRelease } from './entities/program-release.entity';
import { ReleasedSession } from './entities/released-session.entity';

/** The only code that reads and writes program_release and released_session; other modules call this, never the entities. */
@Injectable()
export class ReleaseStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for seats
  /** The edition's newest release, or null before the first: what the public and attendees see. */
  latestOf(editionId: number, tx: Tx = this.dataSource.manager): Promise<ProgramRelease | null> {
    return tx.findOne(ProgramRelease, { where: { editionId }, order: { version: 'DESC' } });
  }

  /** These sessions as the release froze them (those it holds). */
  frozenIn(releaseId: number, sessionIds: number[], tx: Tx = this.dataSource.manager): Promise<ReleasedSession[]> {
    if (!sessionIds.length) return Promise.resolve([]);
    return tx.find(ReleasedSession, { where: { releaseId, sessionId: In(sessionIds) } });
  }

  countSnapshotsOf(sessionId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(ReleasedSession, { sessionId });
  }
}
