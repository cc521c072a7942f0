import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { PermissionTargetResolver, ResolvedTarget } from '../common/access/permission-target';
import { idOf, paramOf } from '../common/access/route-values';
import { EditionParamTarget } from '../editions/edition-targets';
import { GuestStore } from './guest.store';
import { GUEST_MESSAGES } from './guest-messages';

/** The edition of the guest a route's `:id` names. */
@Injectable()
export class GuestParamTarget implements PermissionTargetResolver {
  constructor(
    private readonly guests: GuestStore,
    private readonly editions: EditionParamTarget,
  ) {}

  async resolve(request: FastifyRequest): Promise<ResolvedTarget | null> {
    const id = idOf(paramOf(request, 'id'));
    const guest = id === null ? null : await this.guests.findById(id);
    return guest ? this.editions.editionTarget(guest.editionId, GUEST_MESSAGES.notFound({ id })) : null;
  }
}
