import type { InjectionToken } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { LocalText } from '../i18n/local-text';
import type { PermissionTarget } from '../../teams/permissions';

/**
 * What a route is about, found from the request before the handler runs (guards run before
 * pipes: a malformed value is not this resolver's to refuse). Each module that owns a kind of
 * row a route can name provides one (a session's edition, a room's…), under its token.
 */
export interface PermissionTargetResolver {
  /**
   * The edition (with its brand), the brand, or `{}` for the whole installation; null when the
   * request names nothing that exists, so the route itself answers its own 400 or 404.
   */
  resolve(request: FastifyRequest): Promise<ResolvedTarget | null>;
}

export interface ResolvedTarget extends PermissionTarget {
  /** What the route would answer for a missing one: said the same way to whoever may not see it. */
  readonly notFound?: LocalText;
}

export type PermissionTargetToken = InjectionToken<PermissionTargetResolver>;

/** The route's `:id`, an edition's id or slug (editions module). */
export const EDITION_PARAM = Symbol('EditionParamTarget');
/** The `editionId` of the query string; the whole installation when absent (editions module). */
export const EDITION_QUERY = Symbol('EditionQueryTarget');
/** The `brand` slug of the body (editions module: creating an edition). */
export const BRAND_OF_BODY = Symbol('BrandOfBodyTarget');
/** The route's `:slug`, a brand (brands module). */
export const BRAND_PARAM = Symbol('BrandParamTarget');
/** The route's `:id`, an edition role (editions module). */
export const EDITION_ROLE_PARAM = Symbol('EditionRoleParamTarget');
/** The route's `:id`, a session (sessions module). */
export const SESSION_PARAM = Symbol('SessionParamTarget');
/** The route's `:id`, a room (rooms module). */
export const ROOM_PARAM = Symbol('RoomParamTarget');
/** The route's `:code`, a registration (registrations module). */
export const REGISTRATION_CODE = Symbol('RegistrationCodeTarget');
/** The scope a request's body names for a team role (`brand` or `editionId`; neither: everything) (teams module). */
export const TEAM_SCOPE_OF_BODY = Symbol('TeamScopeOfBodyTarget');
/** The scope of the team role a route's `:id` names (teams module). */
export const TEAM_GRANT_PARAM = Symbol('TeamGrantParamTarget');
/** The route's `:id`, a proposal for a delegated sub-forum (delegation module). */
export const PROPOSAL_PARAM = Symbol('ProposalParamTarget');
/** The route's `:id`, a guest (guests module). */
export const GUEST_PARAM = Symbol('GuestParamTarget');
/** The route's `:gateId`, a check-in gate (check-in module). */
export const GATE_PARAM = Symbol('GateParamTarget');
/** The route's `:tierId`, a credential tier (credentials module). */
export const CREDENTIAL_TIER_PARAM = Symbol('CredentialTierParamTarget');
/** The route's `:code`, a signed ticket code (check-in module: the ticket page's check-in). */
export const SIGNED_TICKET_PARAM = Symbol('SignedTicketParamTarget');
