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
 * Sets helmet's security headers on every response: the strict page policy everywhere (the API's
 * JSON, documents and pages alike), the relaxed one only for the API docs page. Written straight
 * onto the raw response: Fastify sends them with its own headers, and the per-request cost is a
 * dozen setHeader calls instead of a helmet run.
 */
export function registerSecurityHeaders(fastify: FastifyInstance): void {
  const docs = helmetHeaders(API_DOCS_HELMET_OPTIONS);
  const strict = docs.map(([name, value]) => [name, name === 'content-security-policy' ? PAGE_CONTENT_SECURITY_POLICY : value] as const);
  fastify.addHook('onRequest', (request, reply, done) => {
    const headers = request.url === API_DOCS_PATH || request.url.startsWith(`${API_DOCS_PATH}/`) ? docs : strict;
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}

/** Where Swagger UI is served (when API_DOCS=public). */
export const API_DOCS_PATH = '/api/docs';
