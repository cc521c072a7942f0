import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedAccount } from './authenticated-account';
import { AUTH_MESSAGES } from './auth-messages';

/** The signed-in account; only on routes the AccessGuard protects. */
export const CurrentAccount = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedAccount => {
  const account = context.switchToHttp().getRequest<FastifyRequest>().account;
  if (!account) throw new UnauthorizedException({ message: AUTH_MESSAGES.signInFirstShort() });
  return account;
});
