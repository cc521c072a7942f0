import type {} from '@fastify/view';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { localize } from '../common/i18n/local-text';
import { Language, translate } from './i18n/messages';
import { otherLanguageUrl, pageLanguage } from './i18n/page-language';

export interface RenderOptions {
  status?: number;
  /** The page has a form: it gets a CSRF token (and the visitor the cookie behind it). */
  form?: boolean;
  /** Personal data or a secret in the URL: never stored by the browser or anything between. */
  personal?: boolean;
}

/** One request's page: its language, its wording, and how it is answered. */
export class Page {
  constructor(
    readonly request: FastifyRequest,
    readonly reply: FastifyReply,
    readonly lang: Language,
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
      // Signed-in pages carry the sign-out form.
      csrfToken: options.form || this.request.account ? this.reply.generateCsrf() : null,
    });
    await this.reply
      .status(options.status ?? 200)
      .header('Cache-Control', options.personal || options.form || this.request.account ? 'no-store' : 'private, no-cache')
      .header('Vary', 'Cookie')
      .type('text/html; charset=utf-8')
      .send(html);
  }

  /** After a successful POST: 303 makes the browser GET the page, so a reload does not post twice. */
  async redirect(location: string): Promise<void> {
    await this.reply.status(303).header('Location', location).header('Cache-Control', 'no-store').send();
  }
}

@Injectable()
export class PageRenderer {
  readonly secureCookies: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.secureCookies = config.publicBaseUrl.protocol === 'https:';
  }

  page(request: FastifyRequest, reply: FastifyReply): Page {
    return new Page(request, reply, pageLanguage(request, reply, this.secureCookies));
  }
}
