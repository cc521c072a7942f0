import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Language } from './messages';

const LANGUAGE_COOKIE = 'huiwu_lang';
const ONE_YEAR = 365 * 24 * 3600;

/**
 * Chinese unless the visitor chose English: `?lang=en` switches and is remembered in a cookie,
 * so links shared in WeChat (which carry no lang) open in the language the reader picked.
 */
export function pageLanguage(request: FastifyRequest, reply: FastifyReply, secure: boolean): Language {
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  if (asked === 'en' || asked === 'zh') {
    if (request.cookies?.[LANGUAGE_COOKIE] !== asked) {
      void reply.setCookie(LANGUAGE_COOKIE, asked, { path: '/', sameSite: 'lax', httpOnly: true, secure, maxAge: ONE_YEAR });
    }
    return asked;
  }
  return request.cookies?.[LANGUAGE_COOKIE] === 'en' ? 'en' : 'zh';
}

/** The same page in the other language, keeping the rest of the query (a registration token, say). */
export function otherLanguageUrl(request: FastifyRequest, current: Language): string {
  const url = new URL(request.url, 'http://page.invalid');
  url.searchParams.set('lang', current === 'en' ? 'zh' : 'en');
  return `${url.pathname}${url.search}`;
}
