/**
 * Noto Sans Hans draws ‘ ’ “ ” full-width, as Chinese typesetting wants, which leaves a wide gap
 * in English words such as Xi’an. The proportional forms need the font's `pwid` feature, and
 * that feature would also narrow Chinese punctuation in the same line. So English documents get
 * the ASCII quote wherever a curly one touches a Latin letter or digit; Chinese text between
 * curly quotes keeps them.
 */
const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"' };
const LATIN = /[A-Za-z0-9\u00C0-\u024F]/;

export function straightenLatinQuotes(text: string): string {
  const chars = [...text];
  return chars
    .map((char, i) => {
      const ascii = QUOTES[char];
      if (!ascii) return char;
      return LATIN.test(chars[i - 1] ?? '') || LATIN.test(chars[i + 1] ?? '') ? ascii : char;
    })
    .join('');
}

/** A copy of a plain document with every string passed through `fix` (Dates kept). */
export function mapStrings<T>(value: T, fix: (text: string) => string): T {
  if (typeof value === 'string') return fix(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, fix)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, fix)])) as T;
  }
  return value;
}
