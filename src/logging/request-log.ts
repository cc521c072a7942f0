import { LogController } from 'fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Probes a load balancer or Prometheus sends every few seconds: their lines go to debug, not to the default log. */
const PROBES = new Set(['/api/health', '/api/health/live', '/api/health/ready', '/metrics']);

/**
 * Fastify's request log lines, reduced to one per request: no "incoming request" line, and the
 * "request completed" line carries the request (method, masked URL, route), the status and the
 * time taken, with the request id every line of the request carries (`reqId`).
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {
    // One line per request: the completed one says everything.
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const fields = { req: request, res: reply, responseTime: Math.round(reply.elapsedTime * 10) / 10 };
    if (error) {
      reply.log.error({ ...fields, err: error }, 'request errored');
      return;
    }
    const path = request.url.split('?')[0];
    if (PROBES.has(path) && reply.statusCode < 400) reply.log.debug(fields, 'request completed');
    else reply.log.info(fields, 'request completed');
  }
}

/** Every answer names its request id, so a user's report or a proxy's log leads to the server's lines. */
export function echoRequestId(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('X-Request-Id', request.id);
    done();
  });
}
