import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { PermissionTargetResolver, ResolvedTarget } from '../common/access/permission-target';
import { idOf, paramOf } from '../common/access/route-values';
import { EditionParamTarget } from '../editions/edition-targets';
import { DELEGATION_MESSAGES } from './delegation-messages';
import { DelegationStore } from './delegation.store';

/** The edition of the proposal a route's `:id` names: an organizer reviews only proposals of editions their role covers. */
@Injectable()
export class ProposalParamTarget implements PermissionTargetResolver {
  constructor(
    private readonly delegations: DelegationStore,
    private readonly editions: EditionParamTarget,
  ) {}

  async resolve(request: FastifyRequest): Promise<ResolvedTarget | null> {
    const id = idOf(paramOf(request, 'id'));
    const proposal = id === null ? null : await this.delegations.find(id);
    return proposal ? this.editions.editionTarget(proposal.editionId, DELEGATION_MESSAGES.noProposal({ id })) : null;
  }
}
