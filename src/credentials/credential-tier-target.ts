import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { PermissionTargetResolver, ResolvedTarget } from '../common/access/permission-target';
import { idOf, paramOf } from '../common/access/route-values';
import { EditionParamTarget } from '../editions/edition-targets';
import { CREDENTIAL_MESSAGES } from './credential-messages';
import { CredentialStore } from './credential.store';

/** The edition of the credential tier a route's `:tierId` names. */
@Injectable()
export class CredentialTierParamTarget implements PermissionTargetResolver {
  constructor(
    private readonly store: CredentialStore,
    private readonly editions: EditionParamTarget,
  ) {}

  async resolve(request: FastifyRequest): Promise<ResolvedTarget | null> {
    const id = idOf(paramOf(request, 'tierId'));
    const tier = id === null ? null : await this.store.tier(id);
    return tier ? this.editions.editionTarget(tier.editionId, CREDENTIAL_MESSAGES.tierNotFound({ id })) : null;
  }
}
