import type { AuthenticatedAccount } from '../../auth/authenticated-account';
import { allows } from '../../teams/permissions';

/**
 * What the console's navigation offers a signed-in organizer: worked out from the roles the
 * account already carries (no query), so every /admin page, whoever's controller renders it,
 * gets the same navigation. A link shown here still leads to a page that checks for itself.
 */
export interface ConsoleShell {
  readonly team: boolean;
  readonly audit: boolean;
  readonly hasRoles: boolean;
}

export function consoleShellOf(account: AuthenticatedAccount | undefined): ConsoleShell | null {
  if (account?.kind !== 'organizer') return null;
  const grants = account.grants ?? [];
  return {
    team: allows(grants, 'manage_team', {}, 'anywhere'),
    audit: allows(grants, 'edit_edition', {}, 'global'),
    hasRoles: grants.length > 0,
  };
}
