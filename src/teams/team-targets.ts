import { Injectable, Provider } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { PermissionTargetResolver, ResolvedTarget, TEAM_GRANT_PARAM, TEAM_SCOPE_OF_BODY } from '../common/access/permission-target';
import { idOf, paramOf } from '../common/access/route-values';
import { BrandStore } from '../brands/brand.store';
import { EditionParamTarget } from '../editions/edition-targets';
import { TeamGrantStore } from './team-grant.store';
import { TEAM_MESSAGES } from './team-messages';

/**
 * The scope a team request's body names. Anything it cannot read is left to the request's
 * validation (null); TeamService checks the scope again once validated, so nothing slips past.
 */
@Injectable()
export class TeamScopeOfBodyTarget implements PermissionTargetResolver {
  constructor(
    private readonly brands: BrandStore,
    private readonly editions: EditionParamTarget,
  ) {}

  async resolve(request: FastifyRequest): Promise<ResolvedTarget | null> {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const editionId = typeof body.editionId === 'number' ? body.editionId : idOf(body.editionId);
    if (body.editionId !== undefined && body.editionId !== null && body.editionId !== '') {
      if (editionId === null || body.brand !== undefined) return null;
      return this.editions.editionTarget(editionId);
    }
    if (typeof body.brand === 'string') {
      const brand = await this.brands.findBySlug(body.brand);
      return brand ? { brandId: brand.id } : null;
    }
    return body.brand === undefined ? {} : null;
  }
}

/** The scope of the role a route's `:id` names. */
@Injectable()
export class TeamGrantParamTarget implements PermissionTargetResolver {
  constructor(
    private readonly grants: TeamGrantStore,
    private readonly editions: EditionParamTarget,
  ) {}

  async resolve(request: FastifyRequest): Promise<ResolvedTarget | null> {
    const id = idOf(paramOf(request, 'id'));
    const grant = id === null ? null : await this.grants.find(id);
    if (!grant) return null;
    if (grant.editionId !== null) return this.editions.editionTarget(grant.editionId, TEAM_MESSAGES.noSuchGrant({ id }));
    return grant.brandId !== null ? { brandId: grant.brandId } : {};
  }
}

export const TEAM_TARGETS: Provider[] = [
  { provide: TEAM_SCOPE_OF_BODY, useClass: TeamScopeOfBodyTarget },
  { provide: TEAM_GRANT_PARAM, useClass: TeamGrantParamTarget },
];
