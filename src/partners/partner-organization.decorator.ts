import { createParamDecorator, ExecutionContext, ForbiddenException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { PARTNER_MESSAGES } from './partner-messages';

/**
 * The organization a partner acts for, from its signed-in account: every partner query is
 * scoped by this id, never by one the client sends.
 */
export const PartnerOrganization = createParamDecorator((_: unknown, context: ExecutionContext): number => {
  const account = context.switchToHttp().getRequest<FastifyRequest>().account;
  if (!account || account.kind !== 'partner' || account.organizationId === null) {
    throw new ForbiddenException({ message: PARTNER_MESSAGES.partnerOnly() });
  }
  return account.organizationId;
});
