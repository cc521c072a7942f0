import type { FastifyBaseLogger } from 'fastify';
import type { Bindings, ChildLoggerOptions, LevelWithSilent, Logger } from 'pino';

type Level = Exclude<LevelWithSilent, 'silent'>;
type LogFn = FastifyBaseLogger['info'];

/**
 * A request's logger (`request.log`) that writes its lines through the process's logger with the
 * request's bindings (`reqId`) merged in, instead of a pino child per request: pino builds a child
 * by serializing and redacting its bindings, which the profile showed at about 5 % of a cached
 * document's time, for a request that then writes one line or none. The line is the same (same
 * fields, same redaction, same scrubbing); a real child is made only when one is asked for, or
 * for an Error passed first (pino reads that form apart).
 */
export class RequestLogger {
  private made: Logger | null = null;
  /** A route's own level or serializers need a real child; Fastify passes the server's level to every route that sets none. */
  private readonly ownOptions: boolean;

  constructor(
    private readonly parent: Logger,
    private readonly bindings: Bindings,
    private readonly options: ChildLoggerOptions,
  ) {
    this.ownOptions = Boolean((options.level && options.level !== parent.level) || options.serializers || options.redact || options.formatters);
  }

  get level(): string {
    return this.made?.level ?? (this.options.level || this.parent.level);
  }

  set level(level: string) {
    this.child$().level = level;
  }

  // Methods on the prototype, not arrow-function fields: seven closures per request were
  // promoted to the old generation under load and cost a full collection every quarter second.
  fatal(...args: Parameters<LogFn>): void {
    this.write('fatal', args);
  }
  error(...args: Parameters<LogFn>): void {
    this.write('error', args);
  }
  warn(...args: Parameters<LogFn>): void {
    this.write('warn', args);
  }
  info(...args: Parameters<LogFn>): void {
    this.write('info', args);
  }
  debug(...args: Parameters<LogFn>): void {
    this.write('debug', args);
  }
  trace(...args: Parameters<LogFn>): void {
    this.write('trace', args);
  }
  silent(): void {}

  child(bindings: Bindings, options?: ChildLoggerOptions): Logger {
    return this.child$().child(bindings, options);
  }

  isLevelEnabled(level: string): boolean {
    return this.made || this.ownOptions ? this.child$().isLevelEnabled(level) : this.parent.isLevelEnabled(level);
  }

  private write(level: Level, args: Parameters<LogFn>): void {
    if (!this.isLevelEnabled(level)) return;
    const [first, ...rest] = args as unknown[];
    if (this.made || this.ownOptions || first instanceof Error) {
      (this.child$()[level] as (...a: unknown[]) => void)(...(args as unknown[]));
      return;
    }
    const write = this.parent[level] as (...a: unknown[]) => void;
    if (first !== null && typeof first === 'object') write.call(this.parent, { ...this.bindings, ...first }, ...rest);
    else write.call(this.parent, this.bindings, ...(args as unknown[]));
  }

  private child$(): Logger {
    return (this.made ??= this.parent.child(this.bindings, this.options));
  }
}

/** Fastify's `childLoggerFactory`: a request's logger is a RequestLogger. */
export function lazyRequestLogger(logger: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions): FastifyBaseLogger {
  // The process's logger is pino (log-options.ts), which FastifyBaseLogger's type leaves out.
  return new RequestLogger(logger as unknown as Logger, bindings, options) as unknown as FastifyBaseLogger;
}
