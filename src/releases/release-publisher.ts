import { ConflictException } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { joined } from '../common/i18n/local-text';
import { ScheduleConflicts } from '../conflicts/schedule-conflicts';
import type { Tx } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import type { Edition } from '../editions/edition.store';
import { SessionDto } from '../sessions/dto/session.dto';
import { SessionStore } from '../sessions/session.store';
import type { ProgramRelease } from './entities/program-release.entity';
import { ReleasedSession, SessionChange } from './entities/released-session.entity';
import { RELEASE_MESSAGES } from './release-messages';
import { ReleaseStore } from './release.store';

/**
 * Freezes an edition's current program as its next version. A plain class (not only a Nest
 * provider) so the seed loader can publish the seeded programs the same way.
 */
export class ReleasePublisher {
  constructor(
    private readonly conflicts: ScheduleConflicts,
    private readonly stores: { releases: ReleaseStore; editions: EditionStore; sessions: SessionStore },
  ) {}

  /** The publisher outside the application (the seed and demo loaders), over the stores of that data source. */
  static standalone(dataSource: DataSource): ReleasePublisher {
    const conflicts = ScheduleConflicts.standalone(dataSource);
    return new ReleasePublisher(conflicts, { releases: new ReleaseStore(dataSource), editions: new EditionStore(dataSource), sessions: SessionStore.standalone(dataSource) });
  }

  /**
   * What publishing now would freeze, without writing anything: the schedule errors that would
   * refuse it, the sessions as they would be released with their changes against the last version,
   * and whether nothing changed (which publishing refuses too).
   */
  async preview(manager: Tx, edition: Edition) {
    const { errors } = await this.conflicts.forEdition(manager, edition);
    const previous = await this.stores.releases.latestRelease(edition.id, manager);
    const previousRows = previous ? await this.stores.releases.sessionsOf(previous.id, manager) : [];
    const sessions = await this.stores.sessions.views({ editionId: edition.id }, edition.timeZone, manager);
    const rows = freezeRelease(sessions, previousRows, { id: 0, publishedAt: new Date() });
    return { errors, previous, previousRows, rows, unchanged: previous !== null && sameProgram(sessions, previousRows) };
  }

  async publish(manager: Tx, edition: Edition, note: string | null, actor: AuthenticatedAccount | null): Promise<ProgramRelease> {
    const { errors } = await this.conflicts.forEdition(manager, edition);
    if (errors.length > 0) {
      throw new ConflictException({
        message: RELEASE_MESSAGES.scheduleErrors({ count: errors.length, errors: joined(errors.map((e) => e.message), { zh: '；', en: '; ' }) }),
        conflicts: errors,
      });
    }
    const { releases, editions, sessions: sessionStore } = this.stores;
    const previous = await releases.latestRelease(edition.id, manager);
    const previousRows = previous ? await releases.sessionsOf(previous.id, manager) : [];
    const sessions = await sessionStore.views({ editionId: edition.id }, edition.timeZone, manager);
    // A version the same as the last would tell the public (and every calendar) of a change there is not.
    if (previous && sameProgram(sessions, previousRows)) {
      throw new ConflictException({ message: RELEASE_MESSAGES.nothingChanged({ version: previous.version }) });
    }
    const release = await releases.insertRelease(
      {
        editionId: edition.id,
        version: (previous?.version ?? 0) + 1,
        note,
        publishedAt: new Date(),
        publishedById: actor?.id ?? null,
        publishedByEmail: actor?.email ?? null,
      },
      manager,
    );
    await releases.insertSessions(freezeRelease(sessions, previousRows, release), manager);
    if (edition.status === 'draft') await editions.markPublished(edition.id, manager);
    return release;
  }
}

/** Whether freezing the program now would give exactly the sessions of the last release, field for field. */
export function sameProgram(sessions: SessionDto[], previousRows: ReleasedSession[]): boolean {
  if (sessions.length !== previousRows.length) return false;
  const before = new Map(previousRows.map((r) => [r.sessionId, r]));
  return sessions.every((s) => {
    const prior = before.get(s.id);
    return prior !== undefined && sameFrozen(prior, freeze(s, prior.releaseId));
  });
}

/** The frozen fields of two rows, compared as the database gives them back (instants, JSON, null for absent). */
function sameFrozen(a: ReleasedSession, b: ReleasedSession): boolean {
  const keys: (keyof ReleasedSession)[] = [
    'kind', 'titleZh', 'titleEn', 'themeZh', 'themeEn', 'descriptionZh', 'descriptionEn', 'day', 'roomId', 'roomNameZh', 'roomNameEn', 'capacity', 'status',
  ];
  return (
    keys.every((k) => (a[k] ?? null) === (b[k] ?? null)) &&
    time(a.startsAt) === time(b.startsAt) &&
    time(a.endsAt) === time(b.endsAt) &&
    same(a.hosts, b.hosts) &&
    same(a.speakers, b.speakers)
  );
}

/**
 * The sessions of a new release as it freezes them, each with what changed against the release
 * before (`previousRows`), its calendar SEQUENCE and when the public last saw it change.
 */
export function freezeRelease(sessions: SessionDto[], previousRows: ReleasedSession[], release: Pick<ProgramRelease, 'id' | 'publishedAt'>): ReleasedSession[] {
  const before = new Map(previousRows.map((r) => [r.sessionId, r]));
  return sessions.map((s) => {
    const row = freeze(s, release.id);
    const prior = before.get(s.id);
    row.changes = prior ? changesBetween(prior, row) : ['added'];
    row.sequence = prior ? prior.sequence + (row.changes.length > 0 ? 1 : 0) : 0;
    row.lastChangedAt = prior && row.changes.length === 0 ? prior.lastChangedAt : release.publishedAt;
    return row;
  });
}

function freeze(s: SessionDto, releaseId: number): ReleasedSession {
  const row = new ReleasedSession();
  Object.assign(row, {
    releaseId,
    sessionId: s.id,
    kind: s.kind,
    titleZh: s.title,
    titleEn: s.titleEn,
    themeZh: s.theme,
    themeEn: s.themeEn,
    descriptionZh: s.description,
    descriptionEn: s.descriptionEn,
    startsAt: s.startsAt ? new Date(s.startsAt) : null,
    endsAt: s.endsAt ? new Date(s.endsAt) : null,
    day: s.day,
    roomId: s.room?.id ?? null,
    roomNameZh: s.room?.name ?? null,
    roomNameEn: s.room?.nameEn ?? null,
    capacity: s.capacity,
    status: s.status,
    hosts: s.hosts,
    speakers: s.speakers,
  });
  return row;
}

const time = (d: Date | null) => (d ? new Date(d).getTime() : null);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed for the public between two frozen versions of one session. */
export function changesBetween(prior: ReleasedSession, next: ReleasedSession): SessionChange[] {
  const changes: SessionChange[] = [];
  if (prior.status !== next.status) changes.push(next.status === 'cancelled' ? 'cancelled' : 'restored');
  if (time(prior.startsAt) !== time(next.startsAt) || time(prior.endsAt) !== time(next.endsAt) || prior.roomId !== next.roomId || prior.day !== next.day) {
    changes.push('moved');
  }
  if (prior.titleZh !== next.titleZh || prior.titleEn !== next.titleEn) changes.push('retitled');
  const speakerKey = (r: ReleasedSession) => r.speakers.map((s) => [s.speakerId, s.role, s.name, s.title]);
  if (!same(speakerKey(prior), speakerKey(next))) changes.push('speakers_changed');
  const hostKey = (r: ReleasedSession) => r.hosts.map((h) => [h.organizationId, h.role, h.name]);
  if (!same(hostKey(prior), hostKey(next))) changes.push('hosts_changed');
  if (
    prior.kind !== next.kind ||
    prior.themeZh !== next.themeZh ||
    prior.themeEn !== next.themeEn ||
    prior.descriptionZh !== next.descriptionZh ||
    prior.descriptionEn !== next.descriptionEn ||
    prior.capacity !== next.capacity ||
    prior.roomNameZh !== next.roomNameZh
  ) {
    changes.push('details_changed');
  }
  return changes;
}
