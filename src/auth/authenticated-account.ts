import type { AccountKind } from '../accounts/account-kind';

/** The signed-in account a request carries, as the AccessGuard established it. */
export interface AuthenticatedAccount {
  readonly id: number;
  readonly email: string;
  readonly kind: AccountKind;
  readonly organizationId: number | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    account?: AuthenticatedAccount;
  }
}
