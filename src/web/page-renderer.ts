import type {} from '@fastify/view';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { localize } from '../common/i18n/local-text';
import { Language, translate } from './i18n/messages';
import { otherLanguageUrl, pageLanguage } from './i18n/page-language';
import { consoleShellOf } from './console/console-shell';

export interface RenderOptions {
  status?: number;
  /** The page has a form: it gets a CSRF token (and the visitor the cookie behind it). */
  form?: boolean;
  /** Personal data or a secret in the URL: never stored by the browser or anything between, nor indexed. */
  personal?: boolean;
  /** A public page's link preview (Open Graph, Twitter): what a chat app shows when the link is shared. */
  share?: SharePreview;
}

export interface SharePreview {
  title: string;
  description: string;
  /** The page's path, e.g. `/e/integrity-2019`: made absolute with PUBLIC_BASE_URL. */
  path: string;
}

/** The site's preview image (1200×630, made with the PDFs' Noto Sans Hans: see docs/site-images). */
export const SHARE_IMAGE = { path: '/assets/share.png', width: 1200, height: 630 };

/** One request's page: its language, its wording, and how it is answered. */
export class Page {
  constructor(
    readonly request: FastifyRequest,
    readonly reply: FastifyReply,
    readonly lang: Language,
    private readonly publicBaseUrl: URL,
  ) {}

  t(key: string, values?: Record<string, unknown>): string {
    return translate(this.lang, key, values);
  }

  /** English field when reading English and it exists, else the Chinese one. */
  pick(zh: string, en: string | null | undefined): string {
    return this.lang === 'en' && en ? en : zh;
  }

  async render(template: string, title: string, model: Record<string, unknown>, options: RenderOptions = {}): Promise<void> {
    const html = await this.reply.viewAsync(template, {
      ...localize(model, this.lang),
      title,
      lang: this.lang,
      htmlLang: this.lang === 'en' ? 'en' : 'zh-CN',
      otherLanguageUrl: otherLanguageUrl(this.request, this.lang),
      account: this.request.account ?? null,
      // The console's navigation on every organizer page (src/web/views/partials/console-nav.hbs).
      console: consoleShellOf(this.request.account),
      // Signed-in pages carry the sign-out form.
      csrfToken: options.form || this.request.account ? this.reply.generateCsrf() : null,
      personal: options.personal === true,
      share: options.share ? this.shareMeta(options.share) : null,
    });
    await this.reply
      .status(options.status ?? 200)
      .header('Cache-Control', options.personal || options.form || this.request.account ? 'no-store' : 'private, no-cache')
      .header('Vary', 'Cookie')
      .type('text/html; charset=utf-8')
      .send(html);
  }

  /** Absolute addresses (chat apps fetch them from elsewhere); the English page keeps its `lang`. */
  private shareMeta(share: SharePreview) {
    const url = new URL(share.path, this.publicBaseUrl);
    if (this.lang === 'en') url.searchParams.set('lang', 'en');
    return {
      title: share.title,
      description: share.description,
      url: url.href,
      image: new URL(SHARE_IMAGE.path, this.publicBaseUrl).href,
      imageWidth: SHARE_IMAGE.width,
      imageHeight: SHARE_IMAGE.height,
      locale: this.lang === 'en' ? 'en_US' : 'zh_CN',
    };
  }

  /** After a successful POST: 303 makes the browser GET the page, so a reload does not post twice. */
  async redirect(location: string): Promise<void> {
    await this.reply.status(303).header('Location', location).header('Cache-Control', 'no-store').send();
  }
}

@Injectable()
export class PageRenderer {
  readonly secureCookies: boolean;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.secureCookies = config.publicBaseUrl.protocol === 'https:';
  }

  page(request: FastifyRequest, reply: FastifyReply): Page {
    return new Page(request, reply, pageLanguage(request, reply, this.secureCookies), this.config.publicBaseUrl);
  }
}
