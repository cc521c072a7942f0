import { Inject, Injectable } from '@nestjs/common';
import { editionFeedLinks } from '../../../common/public-links';
import { toZonedIso } from '../../../common/zoned-dates';
import { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { EditionSummaryDto } from '../../../editions/dto/edition.dto';
import type { EditionWithBrand } from '../../../editions/edition.store';
import { ProgramDto, ProgramSessionDto } from '../../dto/program.dto';
import type { ReleasedSession } from '../../entities/released-session.entity';
import { PublishedExporter } from '../exporter';
import type { ReleaseContent } from '../release-content';

/** The public program as the API serves it: the latest release, grouped by local day. */
@Injectable()
export class ProgramJsonExporter extends PublishedExporter<ProgramDto> {
  readonly id = 'program-json';
  readonly mediaType = 'application/json; charset=utf-8';
  readonly rendererVersion = 1;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  fileName(edition: EditionWithBrand): string {
    return `${edition.slug}-program.json`;
  }

  override modelBeforeRelease(edition: EditionWithBrand): ProgramDto {
    return { edition: EditionSummaryDto.from(edition), links: this.links(edition), status: 'not_published', release: null, days: [], unscheduled: [] };
  }

  async model(content: ReleaseContent): Promise<ProgramDto> {
    const { edition, release } = content;
    const sessions = (await content.sessions()).map((r) => toProgramSession(r, edition)).sort(byTime);
    const days = new Map<string, ProgramSessionDto[]>();
    const unscheduled: ProgramSessionDto[] = [];
    for (const session of sessions) {
      if (!session.startsAt) unscheduled.push(session);
      else if (days.has(session.day!)) days.get(session.day!)!.push(session);
      else days.set(session.day!, [session]);
    }
    return {
      edition: EditionSummaryDto.from(edition),
      links: this.links(edition),
      status: 'published',
      release: { version: release.version, publishedAt: toZonedIso(release.publishedAt, edition.timeZone), note: release.note },
      days: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, list]) => ({ date, sessions: list })),
      unscheduled,
    };
  }

  render(program: ProgramDto): Buffer {
    return Buffer.from(JSON.stringify(program), 'utf8');
  }

  private links(edition: EditionWithBrand) {
    return editionFeedLinks(this.config.publicBaseUrl, edition.slug);
  }
}

function toProgramSession(r: ReleasedSession, edition: EditionWithBrand): ProgramSessionDto {
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
