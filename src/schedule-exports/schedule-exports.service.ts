import { renderScheduleJsonBuffer, renderScheduleXmlBuffer, sessionGuid, type ScheduleConference } from '@huiwu/calendar';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RenderedCache } from '../common/http/rendered-cache';
import { renderedDocument, RenderedDocument } from '../common/http/rendered-document';
import { IdOrSlug } from '../common/pipes/id-or-slug.pipe';
import { sessionPageUrl } from '../common/public-links';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { Edition } from '../editions/entities/edition.entity';
import type { ProgramRelease } from '../releases/entities/program-release.entity';
import { PublishedProgram } from '../releases/published-program';
import { Room } from '../rooms/entities/room.entity';
import { SESSION_KIND_LABELS } from '../sessions/session-kind';

export type ScheduleFormat = 'xml' | 'json';

const CONTENT_TYPES: Record<ScheduleFormat, string> = {
  xml: 'application/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * The published program in the conference-app formats (frab schedule.xml, c3voc schedule.json)
 * that Giggity, ConfClerk and EventFahrplan read offline; the release number is the version.
 */
@Injectable()
export class ScheduleExportsService {
  private readonly cache = new RenderedCache(32 * 1024 * 1024);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly published: PublishedProgram,
  ) {}

  async schedule(key: IdOrSlug, format: ScheduleFormat): Promise<RenderedDocument> {
    const { edition, release, stamp } = await this.published.forEdition(key);
    if (!edition) throw new NotFoundException(`No edition ${'id' in key ? `with id ${key.id}` : `"${key.slug}"`}`);
    if (!release) throw new NotFoundException(`The program of ${edition.slug} is not published yet`);
    return this.cache.get(`schedule:${release.id}:${stamp}:${format}`, async () => {
      const conference = await this.conference(edition, release);
      const body = format === 'xml' ? renderScheduleXmlBuffer(conference) : renderScheduleJsonBuffer(conference);
      return renderedDocument(body, release.publishedAt, CONTENT_TYPES[format], `${edition.slug}-schedule.${format}`);
    });
  }

  private async conference(edition: Edition, release: ProgramRelease): Promise<ScheduleConference> {
    const base = this.config.publicBaseUrl;
    const [rooms, sessions] = await Promise.all([
      this.dataSource.manager.find(Room, { where: { editionId: edition.id }, order: { displayOrder: 'ASC', id: 'ASC' } }),
      this.published.sessionsOf(release.id),
    ]);
    return {
      acronym: edition.slug,
      title: edition.titleZh,
      subtitle: edition.themeZh,
      startDate: edition.startDate,
      endDate: edition.endDate,
      timeZone: edition.timeZone,
      url: new URL(`/e/${edition.slug}`, base).href,
      baseUrl: base.origin,
      version: String(release.version),
      city: edition.cityZh,
      venue: edition.venueZh,
      rooms: rooms.map((r) => ({ id: r.id, name: r.nameZh })),
      // Conference apps need a time for every event: sessions not yet placed in time are left out.
      sessions: sessions
        .filter((s) => s.startsAt && s.endsAt)
        .map((s) => ({
          id: s.sessionId,
          guid: sessionGuid(base.hostname, s.sessionId),
          title: s.titleZh,
          subtitle: s.themeZh,
          abstract: s.hosts.length ? `主办：${s.hosts.map((h) => h.name).join('、')}` : null,
          description: s.descriptionZh,
          start: s.startsAt!,
          end: s.endsAt!,
          roomId: s.roomId,
          roomName: s.roomNameZh,
          kind: s.kind,
          track: SESSION_KIND_LABELS[s.kind].zh,
          language: 'zh',
          url: sessionPageUrl(base, edition.slug, s.sessionId),
          persons: s.speakers.map((p) => ({ id: p.speakerId, name: p.name, role: p.role })),
          cancelled: s.status === 'cancelled',
        })),
    };
  }
}
