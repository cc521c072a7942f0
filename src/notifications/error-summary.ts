const ADDRESS = /[^\s<>()"',;:]+@[^\s<>()"',;:]+/g;

/**
 * What may be kept or logged of a failure: its message, shortened, with every email address
 * masked. An SMTP refusal quotes the recipient ("550 <name@example.org>: no such user"), and
 * addresses belong in the outbox row only, never in the application log.
 */
export function summarizeError(error: unknown, maxLength = 300): string {
  const message = error instanceof Error ? error.message : String(error);
  const masked = message.replace(ADDRESS, '<address>').replace(/\s+/g, ' ').trim();
  return masked.length > maxLength ? `${masked.slice(0, maxLength - 1)}…` : masked || 'unknown error';
}
