import { renderScheduleJsonBuffer, renderScheduleXmlBuffer, sessionGuid, type ScheduleConference } from '@huiwu/calendar';
import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { sessionPageUrl } from '../../../common/public-links';
import { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import type { EditionWithBrand } from '../../../editions/edition.store';
import { SESSION_KIND_LABELS } from '../../../sessions/session-kind';
import { PublishedExporter } from '../exporter';
import type { ReleaseContent } from '../release-content';
import { RELEASE_MESSAGES } from '../../release-messages';

/**
 * The published program in the conference-app formats (frab schedule.xml, c3voc schedule.json)
 * that Giggity, ConfClerk and EventFahrplan read offline; the release number is the version.
 */
interface ScheduleFormat {
  id: string;
  mediaType: string;
  extension: string;
  render: (conference: ScheduleConference) => Buffer;
}

abstract class ScheduleExporter extends PublishedExporter<ScheduleConference> {
  readonly id: string;
  readonly mediaType: string;
  readonly rendererVersion = 1;

  constructor(
    private readonly config: AppConfig,
    private readonly format: ScheduleFormat,
  ) {
    super();
    this.id = format.id;
    this.mediaType = format.mediaType;
  }

  render(conference: ScheduleConference): Buffer {
    return this.format.render(conference);
  }

  fileName(edition: EditionWithBrand): string {
    return `${edition.slug}-schedule.${this.format.extension}`;
  }

  async model(content: ReleaseContent): Promise<ScheduleConference> {
    const { edition, release } = content;
    const { startDate, endDate } = edition;
    // The formats require the conference's days: say they are not known rather than invent them.
    if (startDate === null || endDate === null) {
      throw new ConflictException({ message: RELEASE_MESSAGES.scheduleDatesToBeAnnounced({ slug: edition.slug }), code: 'dates_to_be_announced' });
    }
    const base = this.config.publicBaseUrl;
    const [rooms, sessions] = await Promise.all([content.rooms(), content.sessions()]);
    return {
      acronym: edition.slug,
      title: edition.titleZh,
      subtitle: edition.themeZh,
      startDate,
      endDate,
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

@Injectable()
export class ScheduleXmlExporter extends ScheduleExporter {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config, { id: 'schedule-xml', mediaType: 'application/xml; charset=utf-8', extension: 'xml', render: renderScheduleXmlBuffer });
  }
}

@Injectable()
export class ScheduleJsonExporter extends ScheduleExporter {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config, { id: 'schedule-json', mediaType: 'application/json; charset=utf-8', extension: 'json', render: renderScheduleJsonBuffer });
  }
}
