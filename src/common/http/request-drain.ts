import type { FastifyInstance } from 'fastify';

/**
 * Counts requests being served, so a stopping server can wait until what its clients already
 * sent has been answered. Closing the listener at once would reset connections that the kernel
 * had accepted but Node had not read yet: to their clients, a request lost without an answer.
 */
export class RequestDrain {
  private active = 0;

  constructor(fastify: FastifyInstance) {
    fastify.addHook('onRequest', (_request, _reply, done) => {
      this.active++;
      done();
    });
    fastify.addHook('onResponse', (_request, _reply, done) => {
      this.active--;
      done();
    });
    fastify.addHook('onRequestAbort', (_request, done) => {
      this.active--;
      done();
    });
  }

  /** Resolves once nothing has been in flight for `quietMs` (at least `minMs` after the call), or after `maxMs`. */
  async settle(minMs = 500, quietMs = 300, maxMs = 10_000): Promise<void> {
    const started = Date.now();
    let quietSince = this.active === 0 ? Date.now() : 0;
    for (;;) {
      const now = Date.now();
      if (this.active > 0) quietSince = 0;
      else if (quietSince === 0) quietSince = now;
      if (now - started >= maxMs) return;
      if (now - started >= minMs && quietSince !== 0 && now - quietSince >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
