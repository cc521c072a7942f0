import type { FastifyInstance } from 'fastify';

/**
 * The body types an HTML form on any other site can make a browser send without asking first
 * (a "simple" cross-origin request). The API takes JSON, or a logo's raw image bytes, never these:
 * so no page elsewhere can make a visitor's browser call the API, sign-in included.
 */
const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

export function refuseFormBodiesOnApi(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.method === 'GET' || request.method === 'HEAD' || !request.url.startsWith('/api/')) return done();
    const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!FORM_TYPES.has(type)) return done();
    void reply.code(415).send({
      statusCode: 415,
      error: 'Unsupported Media Type',
      message: 'The API takes JSON bodies (Content-Type: application/json)',
      errors: { body: 'must be JSON, not a form' },
    });
  });
}
