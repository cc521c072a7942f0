import type { Language } from './language';
import { LocalText } from './local-text';

/** One entry of a catalogue: the Chinese wording, and the English (which falls back to Chinese). */
export interface Entry {
  zh: string;
  en?: string;
}

/** A catalogue's entries as functions: `MESSAGES.nothingChanged({ version: 3 })` is a LocalText. */
export type Messages<K extends string> = { readonly [key in K]: (values?: Record<string, unknown>) => LocalText };

/**
 * The one way Huiwu words things for people. A module keeps its catalogue next to its code
 * (`src/<module>/<module>-messages.ts`, or `src/common/i18n/` for words shared by all) as
 * `messages({ key: { zh: '…{name}…', en: '…{name}…' } })`; services throw or return the
 * LocalText it makes, and whoever answers the reader picks the language. A value that is itself
 * a LocalText (a field's label, a session's title) is put in the same language.
 */
export function messages<K extends string>(entries: Record<K, Entry>): Messages<K> {
  const out = {} as Record<K, (values?: Record<string, unknown>) => LocalText>;
  for (const key of Object.keys(entries) as K[]) {
    const entry = entries[key];
    out[key] = (values = {}) => new LocalText(fill(entry.zh, values, 'zh'), fill(entry.en ?? entry.zh, values, 'en'));
  }
  return out;
}

/**
 * A catalogue kept as one table per language (the pages' wording, keyed by strings the
 * templates name): English entries may be missing and fall back to Chinese; an unknown key is
 * shown as itself.
 */
export class LanguageTables {
  constructor(
    private readonly zh: Record<string, string>,
    private readonly en: Partial<Record<string, string>>,
  ) {}

  has(key: string): boolean {
    return key in this.zh;
  }

  translate(lang: Language, key: string, values: Record<string, unknown> = {}): string {
    const template = (lang === 'en' ? this.en[key] : undefined) ?? this.zh[key] ?? key;
    return fill(template, values, lang);
  }

  /** The entry in both languages, for code that does not know the reader. */
  text(key: string, values: Record<string, unknown> = {}): LocalText {
    return new LocalText(this.translate('zh', key, values), this.translate('en', key, values));
  }
}

/** `{name}` placeholders filled in; a LocalText value in the same language. */
export function fill(template: string, values: Record<string, unknown>, lang: Language): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    return value instanceof LocalText ? value.in(lang) : String(value ?? '');
  });
}
