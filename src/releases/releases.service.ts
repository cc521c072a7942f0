import { Injectable, NotFoundException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import type { RenderedDocument } from '../common/http/rendered-document';
import { IdOrSlug } from '../common/pipes/id-or-slug.pipe';
import { toZonedIso } from '../common/zoned-dates';
import { ScheduleConflicts } from '../conflicts/schedule-conflicts';
import { Transactions } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import { buildChangelog } from './changelog';
import { PublishedDocuments } from './documents/published-documents';
import { ProgramJsonExporter } from './documents/published-exporters';
import { ProgramDto } from './dto/program.dto';
import { ReleaseDto, ReleasePreviewDto } from './dto/release.dto';
import { ReleaseAnnouncements } from './release-announcements';
import { ReleaseEvents } from './release-events';
import { SessionStore } from '../sessions/session.store';
import { ReleasePublisher } from './release-publisher';
import { ReleaseStore } from './release.store';
import { EDITION_MESSAGES } from '../editions/edition-messages';

@Injectable()
export class ReleasesService {
  private readonly publisher: ReleasePublisher;

  constructor(
    private readonly transactions: Transactions,
    private readonly releases: ReleaseStore,
    private readonly editions: EditionStore,
    sessions: SessionStore,
    conflicts: ScheduleConflicts,
    private readonly audit: AuditService,
    private readonly events: ReleaseEvents,
    private readonly announcements: ReleaseAnnouncements,
    private readonly documents: PublishedDocuments,
    private readonly programJson: ProgramJsonExporter,
  ) {
    this.publisher = new ReleasePublisher(conflicts, { releases, editions, sessions });
  }

  async publish(editionId: number, note: string | null, actor: AuthenticatedAccount): Promise<ReleaseDto> {
    const release = await this.transactions.run(async (manager) => {
      const edition = await this.editions.lock(editionId, manager);
      const published = await this.publisher.publish(manager, edition, note, actor);
      await this.announcements.announce(manager, edition, published);
      await this.audit.record(manager, actor, {
        action: 'publish',
        entityType: 'program_release',
        entityId: published.id,
        editionId,
        after: { version: published.version, note },
      });
      return published;
    });
    this.events.published.next({ editionId, releaseId: release.id, version: release.version });
    return (await this.list(editionId)).find((r) => r.id === release.id)!;
  }

  /** The next version as publishing now would make it, and what it would tell the public and their calendars; nothing is written. */
  async preview(editionId: number): Promise<ReleasePreviewDto> {
    const edition = await this.editions.find(editionId);
    if (!edition) throw new NotFoundException({ message: EDITION_MESSAGES.notFoundById({ id: editionId }) });
    const { errors, previous, previousRows, rows, unchanged } = await this.publisher.preview(this.transactions.none, edition);
    // A calendar holds timed sessions only: one untimed before and after changes no event.
    const timed = rows.filter((r) => r.startsAt !== null && r.changes.length > 0);
    return {
      nextVersion: (previous?.version ?? 0) + 1,
      currentVersion: previous?.version ?? null,
      sessionCount: rows.length,
      unchanged,
      errors,
      changelog: buildChangelog(rows, previousRows, edition.timeZone),
      calendars: {
        added: timed.filter((r) => r.changes.includes('added')).length,
        cancelled: timed.filter((r) => r.changes.includes('cancelled')).length,
        updated: timed.filter((r) => !r.changes.includes('added') && !r.changes.includes('cancelled')).length,
      },
    };
  }

  /** Every version of an edition's program with its changelog, newest first. */
  async list(editionId: number): Promise<ReleaseDto[]> {
    const edition = await this.editions.find(editionId);
    if (!edition) throw new NotFoundException({ message: EDITION_MESSAGES.notFoundById({ id: editionId }) });
    const releases = await this.releases.releasesOf(editionId);
    const rows = await this.releases.sessionsOfReleases(releases.map((r) => r.id));
    const byRelease = new Map(releases.map((r) => [r.id, rows.filter((row) => row.releaseId === r.id)]));
    return releases
      .map((release, index) => ({
        id: release.id,
        editionId,
        version: release.version,
        note: release.note,
        publishedAt: toZonedIso(release.publishedAt, edition.timeZone),
        publishedBy: release.publishedByEmail,
        sessionCount: byRelease.get(release.id)!.length,
        changelog: buildChangelog(byRelease.get(release.id)!, index > 0 ? byRelease.get(releases[index - 1].id)! : [], edition.timeZone),
      }))
      .reverse();
  }

  /** The public program: the latest release, grouped by local day. */
  async program(key: IdOrSlug): Promise<ProgramDto> {
    return JSON.parse((await this.programDocument(key)).body.toString('utf8')) as ProgramDto;
  }

  /**
   * The public program as the JSON bytes the API serves: built once per release and kept,
   * instead of being rebuilt from a thousand rows on every request.
   */
  programDocument(key: IdOrSlug): Promise<RenderedDocument> {
    return this.documents.document(this.programJson, key);
  }
}
