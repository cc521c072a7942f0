import { HttpException } from '@nestjs/common';

/** The two languages of the API's messages: Chinese first, English for whoever asks for it. */
export type ApiLanguage = 'zh' | 'en';

/** One message in both languages; the answer carries the one the client asked for. */
export interface Worded {
  zh: string;
  en: string;
}

/**
 * The client's language from `Accept-Language`: English only when the client prefers it to
 * Chinese (by order and q-value); Chinese otherwise, the attendees' language.
 */
export function apiLanguage(acceptLanguage: string | string[] | undefined): ApiLanguage {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  let best: { lang: ApiLanguage; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const lang = tag.startsWith('zh') ? 'zh' : tag.startsWith('en') ? 'en' : null;
    if (!lang) continue;
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    if (!best || q > best.q) best = { lang, q: Number.isFinite(q) ? q : 0 };
  }
  return best?.lang ?? 'zh';
}

export function isWorded(value: unknown): value is Worded {
  return typeof value === 'object' && value !== null && typeof (value as Worded).zh === 'string' && typeof (value as Worded).en === 'string';
}

/** A message as the client reads it: a worded one in their language, anything else as it is. */
export function inApiLanguage<T>(value: T | Worded, lang: ApiLanguage): T | string {
  return isWorded(value) ? value[lang] : value;
}

/**
 * An HTTP error whose message and field errors are written in both languages; the exception
 * filter answers in the client's (`Accept-Language`), the pages in the reader's.
 */
export function wordedError(status: number, message: Worded, errors: Record<string, Worded>, extra: Record<string, unknown> = {}): HttpException {
  return new HttpException({ message, errors, ...extra }, status);
}
