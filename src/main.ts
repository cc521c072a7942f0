import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createAppWithDrain } from './app-factory';
import { ConfigError, loadConfig } from './config/app-config';
import { describeDatabase } from './config/database-url';
import { writeEarlyLog } from './logging/early-log';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      // Refuse to start: a server running on a half-understood configuration is worse than none.
      writeEarlyLog('fatal', error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const { app, drain } = await createAppWithDrain(config);
  await app.listen({ port: config.port, host: config.host });
  const logger = new Logger('Huiwu');
  logger.log(`Listening on http://${config.host}:${config.port} (database ${describeDatabase(config.database)})`);
  if (config.apiDocs === 'public') logger.log(`API docs at ${new URL('/api/docs', config.publicBaseUrl).href}`);

  // On SIGTERM/SIGINT: keep serving until what clients already sent is answered (closing the
  // listener at once would reset connections the kernel had accepted), then stop accepting,
  // close the database, and exit 0 so a supervisor sees an orderly stop. A second signal forces the exit.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.log(`${signal} received: answering the requests in flight, then stopping`);
    drain
      .settle()
      .then(() => app.getHttpAdapter().getInstance().close())
      .then(() => app.close())
      .then(
      () => process.exit(0),
      (error: Error) => {
        logger.error(`Shutdown failed: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

bootstrap().catch((error: Error) => {
  writeEarlyLog('fatal', `Huiwu could not start: ${error.stack ?? error.message}`);
  process.exit(1);
});
