import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { PermissionTargetResolver, ResolvedTarget } from '../common/access/permission-target';
import { idOf, paramOf } from '../common/access/route-values';
import { EditionParamTarget } from '../editions/edition-targets';
import { SessionStore } from './session.store';
import { SESSION_MESSAGES } from './session-messages';

/** The edition of the session a route's `:id` names. */
@Injectable()
export class SessionParamTarget implements PermissionTargetResolver {
  constructor(
    private readonly sessions: SessionStore,
    private readonly editions: EditionParamTarget,
  ) {}

  async resolve(request: FastifyRequest): Promise<ResolvedTarget | null> {
    const id = idOf(paramOf(request, 'id'));
    const session = id === null ? null : await this.sessions.find(id);
    return session ? this.editions.editionTarget(session.editionId, SESSION_MESSAGES.notFound({ id })) : null;
  }
}
