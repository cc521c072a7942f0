export const ACCOUNT_KINDS = ['organizer', 'partner'] as const;
/** organizer: may write everything; partner: bound to one organization and sees only its own. */
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
