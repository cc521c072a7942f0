/**
 * What is done to every piece of text people send before it is checked and stored (names, e-mails,
 * titles, descriptions…), so that what a page shows is what a reader sees:
 *
 * - characters that show nothing or steer the display are removed: control characters (but tab and
 *   line breaks), format characters (zero-width spaces and joiners, bidi overrides, soft hyphens,
 *   the byte-order mark, tags) and the invisible fillers Unicode classes as letters;
 * - compatibility look-alikes of Han characters (Kangxi radicals such as ⽹ for 网, CJK compatibility
 *   ideographs) and full-width Latin letters and digits become the ordinary characters (their NFKC
 *   form), while full-width punctuation such as （）、，stays: Chinese text is written with it;
 * - the rest is put in NFC, so one text has one spelling.
 *
 * Passwords are not text to show: they are left exactly as typed (see SECRET_FIELDS).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u115F\u1160\u3164\uFFA0\u2800\u2028\u2029\p{Cf}]/gu;
const COMPATIBILITY_LOOK_ALIKES = /[\u2F00-\u2FDF\uF900-\uFAFF\u{2F800}-\u{2FA1F}\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/gu;

export function cleanStoredText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(COMPATIBILITY_LOOK_ALIKES, (c) => c.normalize('NFKC'))
    .normalize('NFC');
}

/** Fields whose value is a secret to compare byte for byte, never text to clean. */
const SECRET_FIELDS = /password|token|secret/i;

/** Cleans every string of a submitted body (objects and arrays walked, secrets skipped), without recursion. */
export function cleanSubmittedText<T>(body: T): T {
  if (typeof body === 'string') return cleanStoredText(body) as T;
  if (body === null || typeof body !== 'object') return body;
  const stack: object[] = [body];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') {
        if (!SECRET_FIELDS.test(key)) node[key] = cleanStoredText(value);
      } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
        stack.push(value);
      }
    }
  }
  return body;
}
