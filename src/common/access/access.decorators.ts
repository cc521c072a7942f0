import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Capability } from '../../teams/team-role';
import type { PermissionLevel } from '../../teams/permissions';
import { ApiError } from '../dto/api-error.dto';
import { EDITION_PARAM, PermissionTargetToken } from './permission-target';

/**
 * Who may call a route. Every route must say: the global AccessGuard refuses a route that
 * declares nothing, so a forgotten decorator fails closed, never open. An organizer route also
 * says what it needs (a capability, and what it applies to): the decorators below; an organizer
 * route without one is refused too, and test/route-permissions.e2e-spec.ts names it.
 */
export type AccessLevel = 'public' | 'organizer' | 'partner' | 'signed_in';
export const ACCESS_KEY = 'huiwu:access';
export const PERMISSION_KEY = 'huiwu:permission';
/** Set on page controllers: they sign in by their cookie, and their permission is checked by the pages' guard. */
export const PAGE_KEY = 'huiwu:page';

/** A route's declared need: the capability, how wide a role must reach, and where the edition or brand comes from. */
export interface DeclaredPermission {
  /** null: any signed-in organizer (their own account, the console's home, which lists only what they see). */
  readonly capability: Capability | null;
  readonly level: PermissionLevel;
  readonly target?: PermissionTargetToken;
}

const protectedRoute = (level: Exclude<AccessLevel, 'public'>) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, level),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: ApiError, description: 'No valid sign-in token' }),
    ApiForbiddenResponse({ type: ApiError, description: 'Signed in, but not allowed to do this' }),
  );

const organizerRoute = (permission: DeclaredPermission) =>
  applyDecorators(protectedRoute('organizer'), SetMetadata(PERMISSION_KEY, permission));

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, 'public');
/** Partner accounts only: bound to one organization. */
export const PartnerOnly = () => protectedRoute('partner');
/** Any signed-in account. */
export const SignedIn = () => protectedRoute('signed_in');

/**
 * An organizer route about one edition: the account needs a role covering it (the edition's own,
 * its brand's or everything's) that allows `capability`. The edition is the route's `:id` (id or
 * slug) unless `from` says how to find it (a session, room, registration… the route names).
 * Without any role covering the edition the answer is 404, as for an edition that does not
 * exist; with one that does not allow it, 403.
 */
export const EditionPermission = (capability: Capability, from: PermissionTargetToken = EDITION_PARAM) =>
  applyDecorators(
    organizerRoute({ capability, level: 'edition', target: from }),
    ApiNotFoundResponse({ type: ApiError, description: 'No such edition, or none the account has a role in' }),
  );

/** An organizer route about a brand (creating its editions, changing it): a role over the brand or everything. */
export const BrandPermission = (capability: Capability, from: PermissionTargetToken) => organizerRoute({ capability, level: 'brand', target: from });

/** An organizer route about the whole installation (accounts, brands, merging shared bodies): a role over everything. */
export const GlobalPermission = (capability: Capability) => organizerRoute({ capability, level: 'global' });

/**
 * An organizer route on a directory every edition shares (speakers, organizations): the
 * capability in at least one scope, since an editor of any edition needs to find and add them.
 */
export const AnywherePermission = (capability: Capability) => organizerRoute({ capability, level: 'anywhere' });

/** Any signed-in organizer, whatever their roles: what the route shows is already limited to their own (their account, their editions). */
export const AnyOrganizer = () => organizerRoute({ capability: null, level: 'anywhere' });
