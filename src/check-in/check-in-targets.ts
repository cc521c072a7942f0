import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { PermissionTargetResolver, ResolvedTarget } from '../common/access/permission-target';
import { idOf, paramOf } from '../common/access/route-values';
import { TicketCodes } from '../credentials/ticket-codes';
import { EditionParamTarget } from '../editions/edition-targets';
import { CHECK_IN_MESSAGES } from './check-in-messages';
import { CheckInStore } from './check-in.store';

/** The edition of the gate a route's `:gateId` names. */
@Injectable()
export class GateParamTarget implements PermissionTargetResolver {
  constructor(
    private readonly store: CheckInStore,
    private readonly editions: EditionParamTarget,
  ) {}

  async resolve(request: FastifyRequest): Promise<ResolvedTarget | null> {
    const id = idOf(paramOf(request, 'gateId'));
    const gate = id === null ? null : await this.store.gate(id);
    return gate ? this.editions.editionTarget(gate.editionId, CHECK_IN_MESSAGES.gateNotFound({ id })) : null;
  }
}

/** The edition a signed ticket code (the route's `:code`) was issued for. */
@Injectable()
export class SignedTicketParamTarget implements PermissionTargetResolver {
  constructor(
    private readonly codes: TicketCodes,
    private readonly editions: EditionParamTarget,
  ) {}

  async resolve(request: FastifyRequest): Promise<ResolvedTarget | null> {
    const claims = await this.codes.verify(paramOf(request, 'code') ?? '');
    return claims ? this.editions.editionTarget(claims.editionId, CHECK_IN_MESSAGES.unknown()) : null;
  }
}
