import type { AccountKind } from '../accounts/account-kind';
import type { TeamGrantScope } from '../teams/permissions';

/** The signed-in account a request carries, as the AccessGuard established it. */
export interface AuthenticatedAccount {
  readonly id: number;
  readonly email: string;
  readonly kind: AccountKind;
  readonly organizationId: number | null;
  /** An organizer's roles (empty for partners), read with the account on every request. */
  readonly grants: readonly TeamGrantScope[];
}

declare module 'fastify' {
  interface FastifyRequest {
    account?: AuthenticatedAccount;
  }
}
