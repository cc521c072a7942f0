import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { PermissionTargetResolver, ResolvedTarget } from '../common/access/permission-target';
import { paramOf } from '../common/access/route-values';
import { EditionParamTarget } from '../editions/edition-targets';
import { REGISTRATION_REFUSALS } from './registration-refusals';
import { RegistrationStore } from './registration.store';

/** The edition of the registration a route's `:code` names. */
@Injectable()
export class RegistrationCodeTarget implements PermissionTargetResolver {
  constructor(
    private readonly registrations: RegistrationStore,
    private readonly editions: EditionParamTarget,
  ) {}

  async resolve(request: FastifyRequest): Promise<ResolvedTarget | null> {
    const code = paramOf(request, 'code');
    if (code === undefined || code.length > 40) return null;
    const registration = await this.registrations.byCode(code);
    return registration ? this.editions.editionTarget(registration.editionId, REGISTRATION_REFUSALS.notFound({ code: code.slice(0, 20) })) : null;
  }
}
