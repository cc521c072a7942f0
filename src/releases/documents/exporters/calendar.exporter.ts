import { renderCalendarBuffer, type CalendarEvent, type CalendarFeed } from '@huiwu/calendar';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import type { EditionWithBrand } from '../../../editions/edition.store';
import { DocumentVariant, PublishedExporter } from '../exporter';
import type { ReleaseContent } from '../release-content';
import { sessionEvent } from './session-event';

/**
 * RFC 5545 calendars: the edition's feed of its published program, and the renderer of every
 * other calendar (one session, an organization's sessions, an attendee's own).
 */
@Injectable()
export class CalendarExporter extends PublishedExporter<CalendarFeed> {
  readonly id = 'ical';
  readonly mediaType = 'text/calendar; charset=utf-8';
  readonly rendererVersion = 1;
  override readonly preRendered: DocumentVariant[] = [
    { lang: 'zh', size: 'A4' },
    { lang: 'en', size: 'A4' },
  ];
  /** How often subscribers should fetch a public feed again. */
  static readonly REFRESH = { minutes: 60 };

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  fileName(edition: EditionWithBrand, _release: unknown, { lang }: DocumentVariant): string {
    return `${edition.slug}${lang === 'en' ? '-en' : ''}.ics`;
  }

  async model(content: ReleaseContent, { lang }: DocumentVariant): Promise<CalendarFeed> {
    const { edition, release } = content;
    const base = this.config.publicBaseUrl;
    return {
      name: lang === 'en' ? (edition.titleEn ?? edition.titleZh) : edition.titleZh,
      description: (lang === 'en' ? edition.themeEn : edition.themeZh) ?? undefined,
      url: new URL(`/api/editions/${edition.slug}/calendar.ics`, base).href,
      refreshInterval: CalendarExporter.REFRESH,
      stamp: release.publishedAt,
      events: (await content.sessions()).map((s) => sessionEvent(s, edition, lang, base)).filter((e): e is CalendarEvent => e !== null),
    };
  }

  render(feed: CalendarFeed): Buffer {
    return renderCalendarBuffer(feed);
  }
}
