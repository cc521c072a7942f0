import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { HelmetOptions } from 'helmet';

/**
 * The pages' policy: scripts and styles from our own /assets only, so an injected `<script>`
 * or `style=` does nothing even if escaping ever failed.
 */
export const PAGE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Under /api/docs only: Swagger UI's inline scripts need this relaxed; `upgrade-insecure-requests` would
 * blank the docs page when served over plain HTTP on a LAN address.
 */
const API_DOCS_HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'unsafe-inline'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'validator.swagger.io'],
      upgradeInsecureRequests: null,
    },
  },
};

/** What helmet would set, computed once: helmet's own middleware re-parses its options on every request. */
export function helmetHeaders(options: HelmetOptions): ReadonlyArray<readonly [string, string]> {
  const headers: Array<[string, string]> = [];
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.push([name.toLowerCase(), String(value)]),
    removeHeader: () => undefined,
  } as unknown as ServerResponse;
  helmet(options)({} as IncomingMessage, response, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error(String(error));
  });
  return headers;
}

/**
 * What the API's answers (JSON, calendars, PDFs, spreadsheets: never a page) carry: the headers a
 * browser heeds for a response that is not an HTML document (OWASP's REST security headers),
 * with a policy that lets such a response run and load nothing. The page-only ones (opener
 * policy, agent cluster, DNS prefetch, the old IE and XSS-auditor switches) are left out: every
 * answer carried 800 bytes of headers, more than a phone's compressed calendar.
 */
const API_HEADER_NAMES = new Set(['strict-transport-security', 'x-content-type-options', 'cross-origin-resource-policy', 'x-frame-options', 'referrer-policy', 'x-permitted-cross-domain-policies']);
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'self'";

/**
 * Sets helmet's security headers on every response: the strict page policy on the pages, the
 * relaxed one only for the API docs page, and the API's short set (above) on everything else
 * under /api. Written straight onto the raw response: Fastify sends them with its own headers,
 * and the per-request cost is a few setHeader calls instead of a helmet run.
 */
export function registerSecurityHeaders(fastify: FastifyInstance): void {
  const docs = helmetHeaders(API_DOCS_HELMET_OPTIONS);
  const strict = docs.map(([name, value]) => [name, name === 'content-security-policy' ? PAGE_CONTENT_SECURITY_POLICY : value] as const);
  const api = [...docs.filter(([name]) => API_HEADER_NAMES.has(name)), ['content-security-policy', API_CONTENT_SECURITY_POLICY] as const];
  fastify.addHook('onRequest', (request, reply, done) => {
    const url = request.url;
    const headers = !url.startsWith('/api/') ? strict : url.startsWith(API_DOCS_PATH) && (url.length === API_DOCS_PATH.length || url[API_DOCS_PATH.length] === '/') ? docs : api;
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}

/** Where Swagger UI is served (when API_DOCS=public). */
export const API_DOCS_PATH = '/api/docs';
