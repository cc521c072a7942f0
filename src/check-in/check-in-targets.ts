import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { PermissionTargetResolver, ResolvedTarget } from '../common/access/permission-target';
import { idOf, paramOf } from '../common/access/route-values';
import { TicketCodes } from '../credentials/ticket-codes';
import { EditionParamTarget } from '../editions/edition-targets';
import { CHECK_IN_MESSAGES } from './check-in-messages';
import { CheckInStore } from './check-in.store';

/** Gates whose edition is known, at most this many (an installation has tens). */
const GATE_MEMO = 10_000;

/**
 * The edition of the gate a route's `:gateId` names. What it answers never changes for a gate
 * (a gate never moves to another edition, nor an edition to another brand; ids are not reused),
 * so it is kept in memory: every scan asks. A gate deleted meanwhile by another server still
 * resolves to its edition's permission; the handler's own read then finds no gate (404).
 */
@Injectable()
export class GateParamTarget implements PermissionTargetResolver {
  private readonly known = new Map<number, ResolvedTarget>();

  constructor(
    private readonly store: CheckInStore,
    private readonly editions: EditionParamTarget,
  ) {}

  async resolve(request: FastifyRequest): Promise<ResolvedTarget | null> {
    const id = idOf(paramOf(request, 'gateId'));
    if (id === null) return null;
    const known = this.known.get(id);
    if (known) return known;
    const gate = await this.store.gate(id);
    const target = gate ? await this.editions.editionTarget(gate.editionId, CHECK_IN_MESSAGES.gateNotFound({ id })) : null;
    if (target) {
      if (this.known.size >= GATE_MEMO) this.known.clear();
      this.known.set(id, target);
    }
    return target;
  }
}

/** The edition a signed ticket code (the route's `:code`, a registration's or a guest's) was issued for. */
@Injectable()
export class SignedTicketParamTarget implements PermissionTargetResolver {
  constructor(
    private readonly codes: TicketCodes,
    private readonly editions: EditionParamTarget,
  ) {}

  async resolve(request: FastifyRequest): Promise<ResolvedTarget | null> {
    const code = paramOf(request, 'code') ?? '';
    const claims = (await this.codes.verify(code)) ?? (await this.codes.verifyGuest(code));
    return claims ? this.editions.editionTarget(claims.editionId, CHECK_IN_MESSAGES.unknown()) : null;
  }
}
