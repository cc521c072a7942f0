import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { IdOrSlug } from '../common/pipes/id-or-slug.pipe';
import { toZonedIso } from '../common/zoned-dates';
import { ScheduleConflicts } from '../conflicts/schedule-conflicts';
import { EditionSummaryDto } from '../editions/dto/edition.dto';
import { lockEdition } from '../editions/edition-lock';
import { Edition } from '../editions/entities/edition.entity';
import { RenderedCache } from '../common/http/rendered-cache';
import { renderedDocument, RenderedDocument } from '../common/http/rendered-document';
import { buildChangelog } from './changelog';
import { ProgramDto, ProgramSessionDto } from './dto/program.dto';
import { ReleaseDto } from './dto/release.dto';
import { ProgramRelease } from './entities/program-release.entity';
import { ReleasedSession } from './entities/released-session.entity';
import { editionFeedLinks } from '../common/public-links';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { PublishedProgram } from './published-program';
import { ReleaseAnnouncements } from './release-announcements';
import { ReleaseEvents } from './release-events';
import { ReleasePublisher } from './release-publisher';

@Injectable()
export class ReleasesService {
  private readonly publisher: ReleasePublisher;
  private readonly programs = new RenderedCache(64 * 1024 * 1024);

  constructor(
    private readonly dataSource: DataSource,
    conflicts: ScheduleConflicts,
    private readonly audit: AuditService,
    private readonly events: ReleaseEvents,
    private readonly published: PublishedProgram,
    private readonly announcements: ReleaseAnnouncements,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.publisher = new ReleasePublisher(conflicts);
  }

  async publish(editionId: number, note: string | null, actor: AuthenticatedAccount): Promise<ReleaseDto> {
    const release = await this.dataSource.transaction(async (manager) => {
      const edition = await lockEdition(manager, editionId);
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

  /** Every version of an edition's program with its changelog, newest first. */
  async list(editionId: number): Promise<ReleaseDto[]> {
    const edition = await this.dataSource.manager.findOne(Edition, { where: { id: editionId } });
    if (!edition) throw new NotFoundException(`No edition with id ${editionId}`);
    const releases = await this.dataSource.manager.find(ProgramRelease, { where: { editionId }, order: { version: 'ASC' } });
    const rows = releases.length
      ? await this.dataSource.manager.find(ReleasedSession, { where: { releaseId: In(releases.map((r) => r.id)) } })
      : [];
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
   * The public program as the JSON bytes the API serves: built once per release and kept (the
   * release is the cache key, so a new one simply misses), instead of being rebuilt from a
   * thousand rows on every request.
   */
  async programDocument(key: IdOrSlug): Promise<RenderedDocument> {
    const { edition, release, stamp } = await this.published.forEdition(key);
    if (!edition) throw new NotFoundException(`No edition ${'id' in key ? `with id ${key.id}` : `"${key.slug}"`}`);
    const asDocument = (program: ProgramDto, lastModified: Date) =>
      renderedDocument(Buffer.from(JSON.stringify(program), 'utf8'), lastModified, 'application/json; charset=utf-8', `${edition.slug}-program.json`);
    if (!release) return asDocument(this.buildProgram(edition, null, []), edition.updatedAt);
    return this.programs.get(`program:${release.id}:${stamp}`, async () => asDocument(this.buildProgram(edition, release, await this.published.sessionsOf(release.id)), release.publishedAt));
  }

  private buildProgram(edition: Edition, release: ProgramRelease | null, rows: ReleasedSession[]): ProgramDto {
    const summary = EditionSummaryDto.from(edition);
    const links = editionFeedLinks(this.config.publicBaseUrl, edition.slug);
    if (!release) return { edition: summary, links, status: 'not_published', release: null, days: [], unscheduled: [] };
    const sessions = rows.map((r) => toProgramSession(r, edition)).sort(byTime);
    const days = new Map<string, ProgramSessionDto[]>();
    const unscheduled: ProgramSessionDto[] = [];
    for (const session of sessions) {
      if (!session.startsAt) unscheduled.push(session);
      else if (days.has(session.day!)) days.get(session.day!)!.push(session);
      else days.set(session.day!, [session]);
    }
    return {
      edition: summary,
      links,
      status: 'published',
      release: { version: release.version, publishedAt: toZonedIso(release.publishedAt, edition.timeZone), note: release.note },
      days: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, list]) => ({ date, sessions: list })),
      unscheduled,
    };
  }
}

function toProgramSession(r: ReleasedSession, edition: Edition): ProgramSessionDto {
  return {
    id: r.sessionId,
    editionId: edition.id,
    kind: r.kind,
    title: r.titleZh,
    titleEn: r.titleEn,
    theme: r.themeZh,
    themeEn: r.themeEn,
    description: r.descriptionZh,
    descriptionEn: r.descriptionEn,
    startsAt: r.startsAt ? toZonedIso(r.startsAt, edition.timeZone) : null,
    endsAt: r.endsAt ? toZonedIso(r.endsAt, edition.timeZone) : null,
    day: r.day,
    room: r.roomId ? { id: r.roomId, name: r.roomNameZh ?? '', nameEn: r.roomNameEn } : null,
    capacity: r.capacity,
    status: r.status,
    hosts: r.hosts,
    speakers: r.speakers,
    sequence: r.sequence,
  };
}

function byTime(a: ProgramSessionDto, b: ProgramSessionDto): number {
  return (a.startsAt ?? '9').localeCompare(b.startsAt ?? '9') || (a.room?.id ?? 0) - (b.room?.id ?? 0) || a.id - b.id;
}
