import { Capability, roleAllows, TeamRole } from './team-role';

/**
 * A role held by an account: over everything (no brand, no edition), over one brand (its
 * editions now and later), or over one edition. The AccessGuard puts these on the signed-in
 * account, so every check below is a pure function of them.
 */
export interface TeamGrantScope {
  readonly role: TeamRole;
  readonly brandId: number | null;
  readonly editionId: number | null;
}

/** What a request is about: an edition (with its brand), a brand, or the whole installation (`{}`). */
export interface PermissionTarget {
  readonly editionId?: number;
  readonly brandId?: number;
}

/**
 * How wide a grant must be: `edition` (any grant covering the edition: its own, its brand's or
 * everything), `brand` (its brand's or everything: creating editions, brand settings),
 * `global` (everything: accounts, shared directories' merges), `anywhere` (the capability in at
 * least one scope: shared directories every editor uses, such as speakers and organizations).
 */
export type PermissionLevel = 'edition' | 'brand' | 'global' | 'anywhere';

export function covers(grant: TeamGrantScope, target: PermissionTarget, level: PermissionLevel): boolean {
  if (level === 'anywhere') return true;
  if (grant.brandId === null && grant.editionId === null) return true;
  if (level === 'global') return false;
  if (grant.editionId !== null) return level === 'edition' && target.editionId !== undefined && grant.editionId === target.editionId;
  return target.brandId !== undefined && grant.brandId === target.brandId;
}

/** Whether any of the grants allows the capability on the target at that level. */
export function allows(grants: readonly TeamGrantScope[], capability: Capability, target: PermissionTarget, level: PermissionLevel): boolean {
  return grants.some((g) => covers(g, target, level) && roleAllows(g.role, capability));
}

/**
 * Whether the account may know the edition exists at all (any role covering it). Refusals on an
 * edition it cannot see answer 404, as for one that does not exist; on one it sees, 403.
 */
export function seesEdition(grants: readonly TeamGrantScope[] | undefined, edition: { id: number; brandId: number }): boolean {
  return (grants ?? []).some((g) => covers(g, { editionId: edition.id, brandId: edition.brandId }, 'edition'));
}

/** A grant over everything: the first organizer's, and whoever an owner of everything names so. */
export function isGlobal(grant: TeamGrantScope): boolean {
  return grant.brandId === null && grant.editionId === null;
}
