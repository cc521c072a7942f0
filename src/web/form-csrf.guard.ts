import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FormExpired } from './page-errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every page request that changes something must carry the CSRF token of a page we served
 * (the `_csrf` form field). Checked here rather than in a Fastify hook so that a refusal is
 * answered by the page filter, as a page.
 */
@Injectable()
export class FormCsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): Promise<boolean> | boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return new Promise((resolve, reject) => {
      // The plugin answers a bad token by sending an error on the reply; catch that instead.
      const probe = Object.create(reply) as FastifyReply;
      probe.send = () => {
        reject(new FormExpired());
        return probe;
      };
      request.server.csrfProtection(request, probe, () => resolve(true));
    });
  }
}
