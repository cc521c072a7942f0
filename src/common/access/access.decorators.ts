import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiError } from '../dto/api-error.dto';

/**
 * Who may call a route. Every route must say: the global AccessGuard refuses a route that
 * declares nothing, so a forgotten decorator fails closed, never open.
 */
export type AccessLevel = 'public' | 'organizer' | 'partner' | 'signed_in';
export const ACCESS_KEY = 'huiwu:access';

const protectedRoute = (level: Exclude<AccessLevel, 'public'>) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, level),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: ApiError, description: 'No valid sign-in token' }),
    ApiForbiddenResponse({ type: ApiError, description: 'Signed in, but not allowed to do this' }),
  );

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, 'public');
/** Organizer accounts only: they may write everything. */
export const OrganizerOnly = () => protectedRoute('organizer');
/** Partner accounts only: bound to one organization. */
export const PartnerOnly = () => protectedRoute('partner');
/** Any signed-in account. */
export const SignedIn = () => protectedRoute('signed_in');
