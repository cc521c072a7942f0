import { LoggerService } from '@nestjs/common';
import type { FastifyBaseLogger } from 'fastify';
import { scrubText } from './logging/log-scrub';

/**
 * Nest's start-up chatter: a line per module initialised and per route mapped (over 150
 * lines), and "starting"/"started". Shown at `LOG_LEVEL=debug`; at the default level a start
 * logs only what it did (migrations, seed) and where it listens.
 */
const BOOT_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

const STACK = /^(.)+\n\s+at .+:\d+:\d+/;

type PinoMethod = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Nest's logger written into Fastify's own pino logger: every line the application writes (its
 * services' `Logger`, the exception filters, start-up) is one JSON object on stdout like the request
 * lines, with `context` naming its source. Pino applies the level, the redaction and the scrubbing.
 */
export class AppLogger implements LoggerService {
  constructor(private readonly pino: FastifyBaseLogger) {}

  log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    this.write(typeof context === 'string' && BOOT_CONTEXTS.has(context) ? 'debug' : 'info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest, true);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest, true);
  }

  /** As Nest's console logger reads its arguments: the last string is the context; for errors, a stack may come before it. */
  private write(method: PinoMethod, message: unknown, rest: unknown[], mayHaveStack = false): void {
    const params = [...rest];
    let context: string | undefined;
    let stack: string | undefined;
    if (mayHaveStack && params.length === 2 && (typeof params[0] === 'string' || params[0] === undefined) && typeof params[1] === 'string') {
      stack = params[0] as string | undefined;
      context = params[1];
    } else if (mayHaveStack && params.length === 1 && typeof params[0] === 'string' && STACK.test(params[0])) {
      stack = params[0];
    } else if (params.length > 0 && typeof params[params.length - 1] === 'string') {
      context = params.pop() as string;
    }
    const fields: Record<string, unknown> = {};
    if (context) fields.context = context;
    if (stack) fields.stack = scrubText(stack);
    if (message instanceof Error) {
      fields.err = message;
      this.pino[method](fields, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[method]({ ...fields, ...(message as object) });
    } else {
      this.pino[method](fields, String(message));
    }
  }
}
