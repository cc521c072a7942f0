import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppLogger } from './app-logger';
import { AppModule } from './app.module';
import { refuseFormBodiesOnApi } from './common/http/api-body-types';
import { localizeAnswers } from './common/i18n/localize-answers';
import { RequestDrain } from './common/http/request-drain';
import { API_DOCS_PATH, registerSecurityHeaders } from './common/http/security-headers';
import { AppConfig } from './config/app-config';
import { loggerOptions, requestIdOf } from './logging/log-options';
import { echoRequestId, OneLinePerRequest } from './logging/request-log';
import { lazyRequestLogger } from './logging/request-logger';
import { registerMetrics } from './metrics/metrics-route';
import { MetricsScrape } from './metrics/metrics-scrape';
import { pagePaths, setUpWebPages } from './web/web-setup';

/**
 * Builds the application as production runs it (adapter, prefix, security headers, OpenAPI),
 * so the end-to-end tests exercise exactly what ships. The caller decides whether to listen.
 */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  return (await createAppWithDrain(config)).app;
}

/** The application and the counter of its requests in flight, which a graceful stop waits on. */
export async function createAppWithDrain(config: AppConfig): Promise<{ app: NestFastifyApplication; drain: RequestDrain }> {
  const adapter = new FastifyAdapter({
    // Only behind a reverse proxy is X-Forwarded-For the client's address; otherwise anyone
    // could forge it and slip past the per-address sign-in limit.
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    routerOptions: { maxParamLength: 200 },
    // Fastify's own pino logger is the one log of the process: JSON lines on stdout, one per
    // request with its id (the caller's X-Request-Id when sane), Nest's lines written into it.
    logger: loggerOptions(config.logLevel),
    genReqId: requestIdOf,
    logController: new OneLinePerRequest(),
    childLoggerFactory: lazyRequestLogger,
  });
  echoRequestId(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: new AppLogger(adapter.getInstance().log),
    bufferLogs: false,
    // A failed start throws to the caller (main.ts logs it and exits 1) instead of Nest calling
    // process.exit itself, which in a test run ended the whole Jest process, every other suite with it.
    abortOnError: false,
  });
  // The API lives under /api; the server-rendered pages (src/web) answer at the site's root.
  app.setGlobalPrefix('api', { exclude: pagePaths() });
  registerSecurityHeaders(app.getHttpAdapter().getInstance());
  refuseFormBodiesOnApi(app.getHttpAdapter().getInstance());
  localizeAnswers(app.getHttpAdapter().getInstance());
  registerMetrics(app.getHttpAdapter().getInstance(), config, () => app.get(MetricsScrape));
  await setUpWebPages(app, config);
  if (config.apiDocs === 'public') SwaggerModule.setup(API_DOCS_PATH.slice(1), app, createApiDocument(app, config), { jsonDocumentUrl: `${API_DOCS_PATH.slice(1)}-json` });
  const drain = new RequestDrain(app.getHttpAdapter().getInstance());
  return { app, drain };
}

/** The OpenAPI document of every route, as /api/docs-json serves it. */
export function createApiDocument(app: NestFastifyApplication, config: AppConfig) {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Huiwu 会务 API')
      .setDescription(
        'Event and conference management for the brand conferences of the China Federation of Internet Societies (中网联). ' +
          'Text fields without a suffix are Chinese; `…En` fields are English. Errors have one shape: `{ statusCode, error, message, errors? }`.',
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The token from POST /api/auth/login' })
      .addServer(config.publicBaseUrl.origin)
      .build(),
  );
}
