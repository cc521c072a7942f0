import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IdOrSlug } from '../common/pipes/id-or-slug.pipe';
import { EditionStore } from '../editions/edition.store';
import type { EditionWithBrand } from '../editions/edition.store';
import { SessionStore } from '../sessions/session.store';
import type { ProgramRelease } from './entities/program-release.entity';
import type { ReleasedSession } from './entities/released-session.entity';
import { PublicEditionEntry, PublishedEditionMemo } from './published-edition-memo';
import { ReleaseStore } from './release.store';

export interface PublishedEdition {
  edition: EditionWithBrand;
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
    private readonly releases: ReleaseStore,
    private readonly editions: EditionStore,
    private readonly sessions: SessionStore,
    private readonly memo: PublishedEditionMemo,
  ) {}

  /** The edition (with its brand) and its latest release; null edition when it is not public. */
  forEdition(key: IdOrSlug): Promise<PublicEditionEntry> {
    return this.memo.get(key, () => this.readEdition(key));
  }

  private async readEdition(key: IdOrSlug): Promise<PublicEditionEntry> {
    const edition = await this.editions.findWithBrand(key);
    if (!edition || edition.status === 'draft') return { edition: null, release: null, stamp: '' };
    const release = await this.releases.latestRelease(edition.id);
    return { edition, release, stamp: editionStamp(edition) };
  }

  sessionsOf(releaseId: number): Promise<ReleasedSession[]> {
    return this.releases.sessionsOf(releaseId);
  }

  /** The latest public release that contains this session, with the session as it froze it. */
  async forSession(sessionId: number): Promise<(PublishedEdition & { session: ReleasedSession }) | null> {
    const found = await this.releases.newestPublicVersionOf(sessionId);
    if (!found) return null;
    const { release, session } = found;
    const latest = await this.releases.latestRelease(release.editionId);
    // Only the edition's latest release speaks for the session; an older one may be outdated.
    if (!latest || latest.id !== release.id) return null;
    const edition = (await this.editions.findWithBrand({ id: release.editionId }))!;
    return { edition, release, sessions: [session], session };
  }

  /** Every public edition's latest release in which the organization hosts or organizes a session. */
  async forOrganization(organizationId: number): Promise<PublishedEdition[]> {
    const sessionIds = await this.sessions.sessionsHostedBy(organizationId);
    if (sessionIds.length === 0) return [];
    const result: PublishedEdition[] = [];
    for (const edition of await this.editions.publicEditionsHolding(sessionIds)) {
      const release = await this.releases.latestRelease(edition.id);
      if (!release) continue;
      const sessions = await this.releases.sessionsAmong(release.id, sessionIds);
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
function editionStamp(edition: EditionWithBrand): string {
  const shown = JSON.stringify(edition, (key, value: unknown) => (UNSHOWN.has(key) ? undefined : value));
  return createHash('sha256').update(shown).digest('base64url').slice(0, 16);
}
