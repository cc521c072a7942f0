import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config/app-config';
import type { MetricsScrape } from './metrics-scrape';
import { httpDuration } from './process-metrics';

/**
 * `GET /metrics` in Prometheus's text format, for a scraper holding METRICS_TOKEN as a bearer
 * token; without the setting the route does not exist (404), so a deployment exposes nothing by
 * default. Outside /api and outside Nest's pipeline: it is read by machines, every 15 s, and
 * must answer even when the API's guards would refuse everyone. Request durations are observed
 * by one onResponse hook, labelled by the route's pattern (never its URL: ids and tokens stay out).
 */
export function registerMetrics(fastify: FastifyInstance, config: AppConfig, scrape: () => MetricsScrape): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    httpDuration.observe({ method: request.method, route, status: `${Math.floor(reply.statusCode / 100)}xx` }, reply.elapsedTime / 1000);
    done();
  });
  const token = config.metricsToken;
  if (token === null) return;
  const expected = Buffer.from(`Bearer ${token}`);
  fastify.get('/metrics', async (request, reply) => {
    const given = Buffer.from(request.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ statusCode: 401, error: 'Unauthorized', message: 'METRICS_TOKEN required' });
    }
    const body = await scrape().render();
    return reply.header('content-type', 'text/plain; version=0.0.4; charset=utf-8').header('cache-control', 'no-store').send(body);
  });
}
