import { join } from 'node:path';
import cookie from '@fastify/cookie';
import csrfProtection from '@fastify/csrf-protection';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/app-config';
import { cookieNames } from './cookie-names';
import { setUpMultipartForms } from './multipart-forms';
import { createHandlebars } from './view-helpers';
import { PAGE_CONTROLLERS } from './web.module';

/**
 * The pages' own paths, read off their controllers, to keep out of the global `api` prefix.
 * Exact paths, not whole areas: /api/partner/… belongs to the API and must keep its prefix.
 */
export function pagePaths(): string[] {
  const trim = (path: unknown) => String(path ?? '').replace(/^\/+|\/+$/g, '');
  const paths = new Set<string>();
  for (const controller of PAGE_CONTROLLERS) {
    const base = trim(Reflect.getMetadata(PATH_METADATA, controller));
    // The routes a controller inherits (the sign-in pages) are its routes too, as Nest sees them.
    for (let proto: object | null = controller.prototype as object; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler: unknown = Object.getOwnPropertyDescriptor(proto, name)?.value;
        if (typeof handler !== 'function' || !Reflect.hasMetadata(METHOD_METADATA, handler)) continue;
        paths.add('/' + [base, trim(Reflect.getMetadata(PATH_METADATA, handler))].filter(Boolean).join('/'));
      }
    }
  }
  return [...paths];
}

const PARTIALS = ['session-choice', 'edition-header', 'edition-list', 'program-grid', 'program-list', 'session-cell', 'field', 'notice', 'sign-in-form', 'privacy-consent', 'ticket-session', 'console-edition-nav', 'console-form-rows', 'console-error-summary', 'console-changelog', 'forum-list', 'partner-nav', 'console-partner-links', 'console-nav', 'console-brand-years', 'console-field-errors', 'console-edition-details', 'console-role-scope', 'guest-subnav', 'hotel-field'];

/** Cookies, CSRF, templates and static assets for the server-rendered pages. Call before SwaggerModule.setup. */
export async function setUpWebPages(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const secure = config.publicBaseUrl.protocol === 'https:';
  await app.register(cookie);
  // The CSRF secret lives in its own HttpOnly cookie; each form carries a token derived from it.
  await app.register(csrfProtection, {
    cookieKey: cookieNames(secure).csrf,
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure },
  });
  await setUpMultipartForms(app);
  const views = join(__dirname, 'views');
  app.setViewEngine({
    engine: { handlebars: createHandlebars() },
    templates: views,
    layout: 'layout.hbs',
    production: true,
    options: { partials: Object.fromEntries(PARTIALS.map((name) => [name, `partials/${name}.hbs`])) },
  } as never);
  // Swagger registers @fastify/static too; only one of them may decorate the reply.
  app.useStaticAssets({ root: join(__dirname, 'assets'), prefix: '/assets/', decorateReply: false, maxAge: '1h' });
}
