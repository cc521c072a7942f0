import type { Language } from './language';

/**
 * A text in both languages, chosen when it reaches a reader: services say what happened
 * without knowing who asks; the API (by `Accept-Language`) and the pages (by the page's
 * language) pick the words. Made by a catalogue (`messages(...)`), never by hand-written ternaries.
 */
export class LocalText {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {}

  in(lang: Language): string {
    return lang === 'en' ? this.en : this.zh;
  }

  /** Where no reader is known (logs, a plain `${}`): the language of record. */
  toString(): string {
    return this.zh;
  }

  /** Stored or sent without a reader in view (an audit row, a log line): both languages. */
  toJSON(): { zh: string; en: string } {
    return { zh: this.zh, en: this.en };
  }
}

/** Words a reader may get: a LocalText, or a plain string that is the same in both languages. */
export type Words = LocalText | string;

export function inLanguage(words: Words, lang: Language): string {
  return words instanceof LocalText ? words.in(lang) : words;
}

/** The same text in both languages (a name, a code): for places that take a LocalText. */
export function verbatim(text: string): LocalText {
  return new LocalText(text, text);
}

/** A Chinese and an optional English name (a session's title, a speaker's name): English falls back to Chinese. */
export function named(zh: string, en?: string | null): LocalText {
  return new LocalText(zh, en || zh);
}

/** Several texts joined, each in the reader's language. */
export function joined(parts: Words[], separator: { zh: string; en: string }): LocalText {
  return new LocalText(parts.map((p) => inLanguage(p, 'zh')).join(separator.zh), parts.map((p) => inLanguage(p, 'en')).join(separator.en));
}

/**
 * Every LocalText in a value (an answer body, a page's model) put in one language. Only arrays
 * and plain objects are walked, and copied where something changed: a memoised answer shared
 * by readers of both languages is never written to.
 */
export function localize<T>(value: T, lang: Language): T {
  return walk(value, lang, 0) as T;
}

function walk(value: unknown, lang: Language, depth: number): unknown {
  if (value instanceof LocalText) return value.in(lang);
  if (value === null || typeof value !== 'object' || depth > 32) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item = walk(value[i], lang, depth + 1);
      if (item !== value[i]) (copy ??= value.slice())[i] = item;
    }
    return copy ?? value;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  let copy: Record<string, unknown> | null = null;
  for (const [key, item] of Object.entries(value)) {
    const done = walk(item, lang, depth + 1);
    if (done !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = done;
  }
  return copy ?? value;
}
