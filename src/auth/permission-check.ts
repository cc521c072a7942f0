import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { DeclaredPermission } from '../common/access/access.decorators';
import type { PermissionTargetResolver, ResolvedTarget } from '../common/access/permission-target';
import { allows, seesEdition } from '../teams/permissions';
import { capabilityWords, TEAM_MESSAGES } from '../teams/team-messages';
import type { AuthenticatedAccount } from './authenticated-account';

/**
 * Decides a declared permission for a signed-in organizer: the API's AccessGuard and the
 * console pages' guard both ask here, so a page and its API route can never disagree.
 */
@Injectable()
export class PermissionCheck {
  constructor(private readonly moduleRef: ModuleRef) {}

  /** Resolves what the request is about, then allows, or throws 404 (an edition it may not see) or 403. */
  async require(account: AuthenticatedAccount, request: FastifyRequest, declared: DeclaredPermission): Promise<void> {
    if (declared.capability === null) return;
    let target: ResolvedTarget = {};
    if (declared.level === 'edition' || declared.level === 'brand') {
      if (!declared.target) throw new ForbiddenException({ message: TEAM_MESSAGES.noCapability() });
      const resolved = await this.moduleRef.get<PermissionTargetResolver>(declared.target, { strict: false }).resolve(request);
      // Names nothing that exists: the route answers its own 400 or 404, exactly as it would to anybody.
      if (resolved === null) return;
      target = resolved;
    }
    if (allows(account.grants, declared.capability, target, declared.level)) return;
    if (target.editionId !== undefined && target.brandId !== undefined && !seesEdition(account.grants, { id: target.editionId, brandId: target.brandId })) {
      throw new NotFoundException({ message: target.notFound ?? TEAM_MESSAGES.noSuchEdition() });
    }
    const words = capabilityWords(declared.capability);
    throw new ForbiddenException({ message: declared.level === 'edition' ? TEAM_MESSAGES.notAllowed({ capability: words }) : TEAM_MESSAGES.notAllowedHere({ capability: words }) });
  }
}
