import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { IdOrSlug } from '../common/pipes/id-or-slug.pipe';
import { Edition } from '../editions/entities/edition.entity';
import { SessionRole } from '../sessions/entities/session-role.entity';
import { ProgramRelease } from './entities/program-release.entity';
import { PublicEditionEntry, PublishedEditionMemo } from './published-edition-memo';
import { ReleasedSession } from './entities/released-session.entity';
import { latestRelease } from './latest-release';

export interface PublishedEdition {
  edition: Edition;
  release: ProgramRelease;
  sessions: ReleasedSession[];
}

/**
 * Reads what the public may see: the latest release of public editions. Everything public
 * (program, calendars, schedule exports, printed programs) goes through here, so nothing
 * public ever shows a draft.
 */
@Injectable()
export class PublishedProgram {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memo: PublishedEditionMemo,
  ) {}

  /** The edition (with its brand) and its latest release; null edition when it is not public. */
  forEdition(key: IdOrSlug): Promise<PublicEditionEntry> {
    return this.memo.get(key, () => this.readEdition(key));
  }

  private async readEdition(key: IdOrSlug): Promise<PublicEditionEntry> {
    const edition = await this.dataSource.manager.findOne(Edition, {
      where: 'id' in key ? { id: key.id } : { slug: key.slug },
      relations: { brand: true },
    });
    if (!edition || edition.status === 'draft') return { edition: null, release: null, stamp: '' };
    const release = await latestRelease(this.dataSource.manager, edition.id);
    return { edition, release, stamp: editionStamp(edition) };
  }

  async sessionsOf(releaseId: number): Promise<ReleasedSession[]> {
    return this.dataSource.manager.find(ReleasedSession, { where: { releaseId }, order: { sessionId: 'ASC' } });
  }

  /** The latest public release that contains this session, with the session as it froze it. */
  async forSession(sessionId: number): Promise<(PublishedEdition & { session: ReleasedSession }) | null> {
    const row = await this.dataSource.manager
      .createQueryBuilder(ReleasedSession, 'rs')
      .innerJoin('rs.release', 'r')
      .innerJoin('r.edition', 'e')
      .where('rs.session_id = :sessionId', { sessionId })
      .andWhere("e.status <> 'draft'")
      .orderBy('r.version', 'DESC')
      .getOne();
    if (!row) return null;
    const release = await this.dataSource.manager.findOneByOrFail(ProgramRelease, { id: row.releaseId });
    const latest = await latestRelease(this.dataSource.manager, release.editionId);
    // Only the edition's latest release speaks for the session; an older one may be outdated.
    if (!latest || latest.id !== release.id) return null;
    const edition = await this.dataSource.manager.findOneOrFail(Edition, { where: { id: release.editionId }, relations: { brand: true } });
    return { edition, release, sessions: [row], session: row };
  }

  /** Every public edition's latest release in which the organization hosts or organizes a session. */
  async forOrganization(organizationId: number): Promise<PublishedEdition[]> {
    const sessionIds = (await this.dataSource.manager.find(SessionRole, { where: { organizationId }, select: { sessionId: true } })).map((r) => r.sessionId);
    if (sessionIds.length === 0) return [];
    const editions = await this.dataSource.manager
      .createQueryBuilder(Edition, 'e')
      .innerJoinAndSelect('e.brand', 'b')
      .where("e.status <> 'draft'")
      .andWhere('e.id IN (SELECT s.edition_id FROM session s WHERE s.id IN (:...sessionIds))', { sessionIds })
      .orderBy('e.start_date', 'ASC')
      .getMany();
    const result: PublishedEdition[] = [];
    for (const edition of editions) {
      const release = await latestRelease(this.dataSource.manager, edition.id);
      if (!release) continue;
      const sessions = await this.dataSource.manager.find(ReleasedSession, { where: { releaseId: release.id, sessionId: In(sessionIds) }, order: { sessionId: 'ASC' } });
      // The release's frozen hosts decide: a host added after publication is not public yet.
      const hosted = sessions.filter((s) => s.hosts.some((h) => h.organizationId === organizationId));
      if (hosted.length > 0) result.push({ edition, release, sessions: hosted });
    }
    return result;
  }
}

/** Counters and timestamps: they change without changing what the public documents show. */
const UNSHOWN = new Set(['registeredCount', 'createdAt', 'updatedAt']);

/** What the public documents show of an edition and its brand, as a short hash. */
function editionStamp(edition: Edition): string {
  const shown = JSON.stringify(edition, (key, value: unknown) => (UNSHOWN.has(key) ? undefined : value));
  return createHash('sha256').update(shown).digest('base64url').slice(0, 16);
}
