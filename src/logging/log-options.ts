import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';

type PinoLoggerOptions = Exclude<NonNullable<FastifyServerOptions['logger']>, boolean>;
import type { LogLevel } from '@nestjs/common';
import { maskUrl, scrubText } from './log-scrub';

/** LOG_LEVEL (Nest's names) as pino's levels. */
const PINO_LEVEL: Record<LogLevel, string> = { fatal: 'fatal', error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

export function pinoLevel(level: LogLevel): string {
  return PINO_LEVEL[level];
}

/**
 * Keys whose value never reaches a log line, wherever an object that holds them is logged
 * (one or two levels deep): credentials, and the personal data of attendees and accounts.
 */
const SECRET_KEYS = ['authorization', 'cookie', 'password', 'passwordHash', 'token', 'secret', 'email', 'phone', 'mobile'];
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-metrics-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  ...SECRET_KEYS.map((key) => `*.*.${key}`),
];

/** An incoming X-Request-Id is kept when it is a short token of safe characters (it ends up in logs and a header). */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The request's id: the caller's X-Request-Id when sane (a proxy's, to follow a request across services), else a new UUID. */
export function requestIdOf(raw: IncomingMessage): string {
  const header = raw.headers['x-request-id'];
  const given = Array.isArray(header) ? header[0] : header;
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

type Serializable = { message?: unknown; stack?: unknown; code?: unknown; type?: unknown; name?: unknown; errno?: unknown; sqlState?: unknown };

/**
 * Pino's options for Fastify's logger: one JSON object per line on stdout, ISO times, level by name,
 * request and reply reduced to what says what happened (no headers, no client address, URL with its
 * secrets masked), and every message and error text scrubbed of e-mail addresses and phone numbers.
 */
export function loggerOptions(level: LogLevel): PinoLoggerOptions {
  return {
    level: pinoLevel(level),
    base: { pid: process.pid },
    messageKey: 'msg',
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (request: FastifyRequest | { method?: string; url?: string }) => {
        const routed = request as Partial<FastifyRequest>;
        return {
          method: request.method,
          url: maskUrl(String(request.url ?? '')),
          ...(routed.routeOptions?.url ? { route: routed.routeOptions.url } : {}),
        };
      },
      res: (reply: Pick<FastifyReply, 'statusCode'>) => ({ statusCode: reply.statusCode }),
      err: (error: Serializable) => ({
        type: typeof error?.name === 'string' ? error.name : 'Error',
        message: scrubText(String(error?.message ?? error)),
        stack: typeof error?.stack === 'string' ? scrubText(error.stack) : '',
        ...(error?.code !== undefined ? { code: error.code } : {}),
        ...(error?.errno !== undefined ? { errno: error.errno } : {}),
      }),
    },
    hooks: {
      // Every message string is scrubbed; Fastify's own "Server listening at" (the app logs its
      // own line with the database) goes down to debug.
      logMethod(args: unknown[], method: (...args: unknown[]) => void, levelValue: number) {
        const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg));
        const message = scrubbed.find((arg) => typeof arg === 'string');
        if (levelValue === 30 && typeof message === 'string' && message.startsWith('Server listening at ')) {
          (this as unknown as { debug: (...args: unknown[]) => void }).debug(...scrubbed);
          return;
        }
        method.apply(this, scrubbed);
      },
    },
  };
}
