import { renderCalendarBuffer, type CalendarEvent } from '@huiwu/calendar';
import { Inject, Injectable, Logger, NotFoundException, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Subscription } from 'rxjs';
import type { Language } from '../common/dto/lang-query.dto';
import { RenderedCache } from '../common/http/rendered-cache';
import { renderedDocument, RenderedDocument } from '../common/http/rendered-document';
import { IdOrSlug } from '../common/pipes/id-or-slug.pipe';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { PublishedProgram } from '../releases/published-program';
import { ReleaseEvents } from '../releases/release-events';
import { sessionEvent } from './session-event';

const CALENDAR = 'text/calendar; charset=utf-8';
const REFRESH = { minutes: 60 };

/**
 * Calendar feeds of published programs. Each is rendered once per release (and language) and
 * served from memory as a Buffer; a new release changes the cache key, so feeds follow the
 * program without any invalidation. The edition feeds are rendered as soon as a release is
 * published, so no visitor waits for a large one.
 */
@Injectable()
export class CalendarFeedsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CalendarFeedsService.name);
  private readonly cache = new RenderedCache(64 * 1024 * 1024);
  private subscription?: Subscription;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly published: PublishedProgram,
    private readonly events: ReleaseEvents,
  ) {}

  onModuleInit(): void {
    this.subscription = this.events.published.subscribe(({ editionId }) => {
      // Off the publishing request's path: the organizer's answer does not wait for the render.
      setImmediate(() => {
        for (const lang of ['zh', 'en'] as const) {
          this.editionFeed({ id: editionId }, lang).catch((error: Error) => this.logger.warn(`Could not pre-render edition ${editionId}: ${error.message}`));
        }
      });
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  async editionFeed(key: IdOrSlug, lang: Language): Promise<RenderedDocument> {
    const { edition, release, stamp } = await this.published.forEdition(key);
    if (!edition) throw new NotFoundException(`No edition ${'id' in key ? `with id ${key.id}` : `"${key.slug}"`}`);
    if (!release) throw new NotFoundException(`The program of ${edition.slug} is not published yet`);
    return this.cache.get(`edition:${release.id}:${stamp}:${lang}`, async () => {
      const sessions = await this.published.sessionsOf(release.id);
      const events = sessions.map((s) => sessionEvent(s, edition, lang, this.config.publicBaseUrl)).filter((e): e is CalendarEvent => e !== null);
      const title = lang === 'en' ? (edition.titleEn ?? edition.titleZh) : edition.titleZh;
      const body = renderCalendarBuffer({
        name: title,
        description: (lang === 'en' ? edition.themeEn : edition.themeZh) ?? undefined,
        url: new URL(`/api/editions/${edition.slug}/calendar.ics`, this.config.publicBaseUrl).href,
        refreshInterval: REFRESH,
        stamp: release.publishedAt,
        events,
      });
      return renderedDocument(body, release.publishedAt, CALENDAR, `${edition.slug}${lang === 'en' ? '-en' : ''}.ics`);
    });
  }

  async sessionFeed(sessionId: number, lang: Language): Promise<RenderedDocument> {
    const found = await this.published.forSession(sessionId);
    const event = found && sessionEvent(found.session, found.edition, lang, this.config.publicBaseUrl);
    if (!found || !event) throw new NotFoundException(`No published, scheduled session with id ${sessionId}`);
    return this.cache.get(`session:${found.release.id}:${sessionId}:${lang}`, async () =>
      renderedDocument(
        renderCalendarBuffer({ name: event.summary, stamp: found.release.publishedAt, events: [event] }),
        found.session.lastChangedAt,
        CALENDAR,
        `session-${sessionId}.ics`,
      ),
    );
  }

  /** The sessions an organization hosts, across every edition whose latest release names it. */
  async organizationFeed(organizationId: number, organizationName: string, lang: Language): Promise<RenderedDocument> {
    const editions = await this.published.forOrganization(organizationId);
    const key = `organization:${organizationId}:${editions.map((e) => e.release.id).join(',')}:${lang}`;
    return this.cache.get(key, async () => {
      const events = editions.flatMap(({ edition, sessions }) =>
        sessions.map((s) => sessionEvent(s, edition, lang, this.config.publicBaseUrl)).filter((e): e is CalendarEvent => e !== null),
      );
      const stamp = new Date(Math.max(0, ...editions.map((e) => e.release.publishedAt.getTime())));
      const body = renderCalendarBuffer({ name: organizationName, stamp, refreshInterval: REFRESH, events });
      return renderedDocument(body, stamp, CALENDAR, `organization-${organizationId}.ics`);
    });
  }
}
