import { Injectable } from '@nestjs/common';
import { DataSource, EntitySubscriberInterface, In } from 'typeorm';
import type { Tx } from '../database/transactions';
import { ProgramRelease } from './entities/program-release.entity';
import { ReleasedSession } from './entities/released-session.entity';

/** The row types this module answers with, for other modules to name (they never query them). */
export type { ProgramRelease } from './entities/program-release.entity';
export type { ReleasedSession } from './entities/released-session.entity';


/** The only code that reads and writes program_release and released_session; other modules call this, never the entities. */
@Injectable()
export class ReleaseStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The edition's newest release, or null before the first: what the public and attendees see. */
  latestRelease(editionId: number, tx: Tx = this.dataSource.manager): Promise<ProgramRelease | null> {
    return tx.findOne(ProgramRelease, { where: { editionId }, order: { version: 'DESC' } });
  }

  /** Every release of an edition, oldest first. */
  releasesOf(editionId: number, tx: Tx = this.dataSource.manager): Promise<ProgramRelease[]> {
    return tx.find(ProgramRelease, { where: { editionId }, order: { version: 'ASC' } });
  }

  /** Every session a release froze, by session id. */
  sessionsOf(releaseId: number, tx: Tx = this.dataSource.manager): Promise<ReleasedSession[]> {
    return tx.find(ReleasedSession, { where: { releaseId }, order: { sessionId: 'ASC' } });
  }

  /** The sessions among `sessionIds` that a release froze, by session id (those it lacks are absent). */
  sessionsAmong(releaseId: number, sessionIds: number[], tx: Tx = this.dataSource.manager): Promise<ReleasedSession[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return tx.find(ReleasedSession, { where: { releaseId, sessionId: In(sessionIds) }, order: { sessionId: 'ASC' } });
  }

  /** The frozen sessions of several releases at once (a changelog needs each release and the one before). */
  sessionsOfReleases(releaseIds: number[], tx: Tx = this.dataSource.manager): Promise<ReleasedSession[]> {
    if (releaseIds.length === 0) return Promise.resolve([]);
    return tx.find(ReleasedSession, { where: { releaseId: In(releaseIds) } });
  }

  /**
   * The session as the newest release of a non-draft edition that contains it froze it, with that
   * release; whether that release is still the edition's latest is for the caller to check.
   */
  async newestPublicVersionOf(sessionId: number, tx: Tx = this.dataSource.manager): Promise<{ release: ProgramRelease; session: ReleasedSession } | null> {
    const session = await tx
      .createQueryBuilder(ReleasedSession, 'rs')
      .innerJoin('rs.release', 'r')
      .innerJoin('Edition', 'e', 'e.id = r.edition_id')
      .where('rs.session_id = :sessionId', { sessionId })
      .andWhere("e.status <> 'draft'")
      .orderBy('r.version', 'DESC')
      .getOne();
    if (!session) return null;
    const release = await tx.findOneByOrFail(ProgramRelease, { id: session.releaseId });
    return { release, session };
  }

  /** Saves a new release (its id is set on the object). */
  async insertRelease(release: Omit<ProgramRelease, 'id'>, tx: Tx = this.dataSource.manager): Promise<ProgramRelease> {
    return tx.save(tx.create(ProgramRelease, release));
  }

  /** Freezes a release's sessions; chunked so a 1,000-session program stays within every driver's parameter limit. */
  async insertSessions(rows: ReleasedSession[], tx: Tx = this.dataSource.manager): Promise<void> {
    for (let i = 0; i < rows.length; i += 100) await tx.insert(ReleasedSession, rows.slice(i, i + 100));
  }

  /**
   * Lets a memo of published editions hear every write through this process, whatever table:
   * it decides itself which tables matter (by name, as it may not import their entities).
   */
  watchWrites(subscriber: EntitySubscriberInterface): void {
    this.dataSource.subscribers.push(subscriber);
  }

  countOfEdition(editionId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(ProgramRelease, { editionId });
  }


  countSnapshotsOf(sessionId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(ReleasedSession, { sessionId });
  }
}
