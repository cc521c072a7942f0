/**
 * What must never reach a log line: secrets (sign-in and registration tokens, invitation codes,
 * cookies, passwords) and attendees' personal data (e-mail addresses, phone numbers). Log lines
 * name people by id; these helpers mask what slips into a message or a URL anyway.
 */

/** An e-mail address (the domain must end in letters, so `root@127.0.0.1` in a database URL stays). */
const EMAIL = /[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** A mainland mobile number (`13800138000`, `138 0013 8000`, `+86 138…`) or any `+` international number. */
const PHONE = /(?<![\d.])(?:(?:\+|%2B|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![\d.])|(?<![\w.])(?:\+|%2B)\d[\d -]{6,16}\d(?!\d)/g;

export const MASK = '***';

/** The text with every e-mail address and phone number replaced by a mask. */
export function scrubText(text: string): string {
  return text.replace(EMAIL, '[email]').replace(PHONE, '[phone]');
}

/** Whether the text holds an e-mail address or a phone number. */
export function holdsPersonalData(text: string): boolean {
  return scrubText(text) !== text;
}

/** Query parameters whose value is a credential, whatever it looks like. */
const SECRET_PARAM = /token|secret|passw|pwd|key|code|sig|auth|session|ticket|invit|email|phone|mobile/i;
/** Path segments that are secrets themselves: `/t/{code}` (ticket), `/g/{code}` (guest invitation), the guest-reply API. */
const SECRET_PATHS: RegExp[] = [/^(\/t\/)[^/?#]+/, /^(\/g\/)[^/?#]+/, /^(\/api\/guest-replies\/)[^/?#]+/];

/**
 * The URL as it may be logged: codes that are links' secrets masked in the path, the value of every
 * credential-like query parameter masked, and any other value holding an e-mail or phone masked.
 */
export function maskUrl(url: string): string {
  const hash = url.indexOf('#');
  const withoutHash = hash < 0 ? url : url.slice(0, hash);
  const q = withoutHash.indexOf('?');
  let path = q < 0 ? withoutHash : withoutHash.slice(0, q);
  for (const pattern of SECRET_PATHS) path = path.replace(pattern, `$1${MASK}`);
  path = scrubText(path);
  if (q < 0) return path;
  const query = withoutHash
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      if (pair === '') return pair;
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      if (eq < 0) return holdsPersonalData(safeDecode(key)) ? MASK : key;
      const value = pair.slice(eq + 1);
      if (SECRET_PARAM.test(safeDecode(key)) || holdsPersonalData(safeDecode(value))) return `${scrubText(key)}=${MASK}`;
      return pair;
    })
    .join('&');
  return `${path}?${query}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
