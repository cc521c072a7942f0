import { REGISTRATION_CODE_PATTERN } from '../registrations/registration-codes';
import { SIGNED_CODE_PATTERN } from '../credentials/ticket-codes';

export type ReadCode = { kind: 'signed'; code: string } | { kind: 'registration'; code: string } | { kind: 'unreadable' };

/**
 * What a scanner read, as a code: a camera reads the whole address (`https://…/t/<code>`), a
 * USB scanner types it, and staff may type the short registration code the ticket prints.
 */
export function readCode(raw: string): ReadCode {
  let text = raw.trim();
  const path = text.lastIndexOf('/t/');
  if (path >= 0) text = text.slice(path + 3);
  text = text.split(/[?#]/)[0];
  if (SIGNED_CODE_PATTERN.test(text)) return { kind: 'signed', code: text };
  const typed = text.toUpperCase().replace(/\s+/g, '');
  if (REGISTRATION_CODE_PATTERN.test(typed)) return { kind: 'registration', code: typed };
  return { kind: 'unreadable' };
}
