import { randomInt } from 'node:crypto';

/** What attendees read out and type: their registration code, and their phone number. */

// No 0/O, 1/I/L: a code is read aloud at the desk and typed from paper.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** `7KQ4M-XR2PA`: 10 random symbols from 31, about 50 bits, grouped for reading. */
export function newRegistrationCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export const REGISTRATION_CODE_PATTERN = /^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/;

/**
 * Mainland numbers (a mobile 13x–19x of 11 digits, or a landline with its area code, +86
 * optional) and international numbers in E.164 form (+ and 7 to 15 digits). A +86 number must
 * be a valid mainland one. Spaces, dashes and brackets people type are dropped.
 * Returns the normalised number (+86… or +…), or null when it is none of these.
 */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s\-()]/g, '');
  const national = /^(?:\+?86)?0?(\d+)$/.exec(compact)?.[1];
  const isMainland = !compact.startsWith('+') || compact.startsWith('+86');
  if (isMainland) {
    // Mobiles 1[3-9] + 9 digits; landlines: area code 10, 2x or 3-9xx, then 7 or 8 digits.
    if (national && (/^1[3-9]\d{9}$/.test(national) || /^(?:10|2\d|[3-9]\d{2})\d{7,8}$/.test(national))) return `+86${national}`;
    return null;
  }
  return /^\+[1-9]\d{6,14}$/.test(compact) ? compact : null;
}
