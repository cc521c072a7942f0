import { HttpException } from '@nestjs/common';
import { errorBody } from '../../common/filters/api-exception.filter';
import type { LocalText } from '../../common/i18n/local-text';
import type { Language } from '../i18n/messages';

/** A 4xx the services threw, as a page shows it: the message, and each field's words. */
export interface PageRefusal {
  status: number;
  message: string;
  errors: Record<string, string>;
}

export function isRefusal(error: unknown): error is HttpException {
  return error instanceof HttpException && error.getStatus() >= 400 && error.getStatus() < 500;
}

export function pageRefusal(error: HttpException, lang: Language): PageRefusal {
  const body = errorBody(error, lang);
  const errors: Record<string, string> = {};
  for (const [field, words] of Object.entries(body.errors ?? {})) errors[field] = typeof words === 'string' ? words : String(words);
  return { status: error.getStatus(), message: body.message, errors };
}

/** The form validation's words in the page's language. */
export function formErrors(errors: Record<string, LocalText | string>, lang: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, why]) => [field, typeof why === 'string' ? why : lang === 'en' ? why.en : why.zh]));
}

export const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
