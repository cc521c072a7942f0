/** The two languages Huiwu speaks. Chinese is the language of record and the default. */
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How a language is named in `Content-Language` and `<html lang>`. */
export const LANGUAGE_TAGS: Record<Language, string> = { zh: 'zh-CN', en: 'en' };

/**
 * The language an API client asked for in `Accept-Language`: the best-weighted tag we speak,
 * Chinese when there is no header or nothing in it is Chinese or English (`fr`, `*`, garbage).
 */
export function acceptedLanguage(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return 'zh';
  let best: { lang: Language; q: number } | null = null;
  for (const part of value.split(',').slice(0, 20)) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const lang: Language | null = /^zh(-|$)/.test(tag) ? 'zh' : /^en(-|$)/.test(tag) ? 'en' : null;
    if (!lang) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    // Equal weights: the first listed wins, as the client ordered them.
    if (!best || q > best.q) best = { lang, q };
  }
  return best?.lang ?? 'zh';
}
