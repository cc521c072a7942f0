import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: a code is read aloud at the desk and typed from paper.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** `7KQ4M-XR2PA`: 10 random symbols from 31, about 50 bits, grouped for reading. */
export function newRegistrationCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export const REGISTRATION_CODE_PATTERN = /^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/;
