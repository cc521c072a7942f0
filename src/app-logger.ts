import { ConsoleLogger, LogLevel } from '@nestjs/common';

/**
 * Nest's own start-up chatter: a line per module initialised and per route mapped (over 150
 * lines), and "starting"/"started". Shown at `LOG_LEVEL=debug`; at the default level a start
 * logs only what it did (migrations, seed) and where it listens.
 */
const BOOT_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

/** The console logger with Nest's boot messages moved from `log` to `debug`; warnings and errors untouched. */
export class AppLogger extends ConsoleLogger {
  constructor(logLevels: LogLevel[]) {
    super({ logLevels });
  }

  override log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    if (typeof context === 'string' && BOOT_CONTEXTS.has(context)) {
      super.debug(message, ...rest);
      return;
    }
    super.log(message, ...rest);
  }
}
