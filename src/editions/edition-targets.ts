import { Injectable, Provider } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { EDITION_PARAM, EDITION_QUERY, EDITION_ROLE_PARAM, PermissionTargetResolver, ResolvedTarget } from '../common/access/permission-target';
import { idOf, paramOf } from '../common/access/route-values';
import { SLUG_PATTERN } from '../common/pipes/slug-param.pipe';
import { EditionStore } from './edition.store';
import { EDITION_MESSAGES, editionNotFound } from './edition-messages';

/** The edition a route's `:id` names, by id or slug, as the permission check needs it. */
@Injectable()
export class EditionParamTarget implements PermissionTargetResolver {
  constructor(private readonly editions: EditionStore) {}

  async resolve(request: FastifyRequest): Promise<ResolvedTarget | null> {
    const value = paramOf(request, 'id');
    const id = idOf(value);
    if (id !== null) return this.editionTarget(id, editionNotFound({ id }));
    if (value === undefined || !SLUG_PATTERN.test(value)) return null;
    const byslug = await this.editions.idOfSlug(value);
    return byslug === null ? null : this.editionTarget(byslug, editionNotFound({ slug: value }));
  }

  async editionTarget(id: number, notFound = editionNotFound({ id })): Promise<ResolvedTarget | null> {
    const edition = await this.editions.find(id);
    return edition ? { editionId: edition.id, brandId: edition.brandId, notFound } : null;
  }
}

/** `?editionId=`: that edition; without one, the whole installation (e.g. the audit trail of everything). */
@Injectable()
export class EditionQueryTarget implements PermissionTargetResolver {
  constructor(private readonly byParam: EditionParamTarget) {}

  async resolve(request: FastifyRequest): Promise<ResolvedTarget | null> {
    const raw = (request.query as Record<string, unknown> | undefined)?.editionId;
    if (raw === undefined || raw === '') return {};
    const id = idOf(raw);
    return id === null ? null : this.byParam.editionTarget(id);
  }
}

/** The edition of the edition role a route's `:id` names. */
@Injectable()
export class EditionRoleParamTarget implements PermissionTargetResolver {
  constructor(
    private readonly editions: EditionStore,
    private readonly byParam: EditionParamTarget,
  ) {}

  async resolve(request: FastifyRequest): Promise<ResolvedTarget | null> {
    const id = idOf(paramOf(request, 'id'));
    if (id === null) return null;
    const role = await this.editions.findRole(id);
    return role ? this.byParam.editionTarget(role.editionId, EDITION_MESSAGES.roleNotFound({ id })) : null;
  }
}

export const EDITION_TARGETS: Provider[] = [
  EditionParamTarget,
  { provide: EDITION_PARAM, useExisting: EditionParamTarget },
  { provide: EDITION_QUERY, useClass: EditionQueryTarget },
  { provide: EDITION_ROLE_PARAM, useClass: EditionRoleParamTarget },
];
