import { HttpException } from '@nestjs/common';
import { errorBody } from '../common/filters/api-exception.filter';
import type { Words } from '../common/i18n/local-text';
import { LocalText } from '../common/i18n/local-text';
import type { Page } from './page-renderer';

export type Form = Record<string, unknown>;
export type FieldErrors = Record<string, string>;

/** A form field as text ('' when missing or not text, e.g. a file). */
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A text field left empty is no value; the API's request classes take null for "clear it". */
export const textOrNull = (value: unknown): string | null => (text(value).trim() === '' ? null : text(value).trim());

/** The API's words for each field, in the page's language. */
export function fieldErrors(errors: Record<string, Words>, page: Page): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, words]) => [field, words instanceof LocalText ? words.in(page.lang) : String(words)]));
}

/**
 * A refusal a form shows beside its fields (4xx from a service, in the reader's language); any
 * other failure is rethrown, for the page filter to answer. 404 is rethrown too: a page about
 * something that is not there (or not the reader's) is a 404 page, never a form.
 */
export function formRefusal(error: unknown, page: Page): { status: number; message: string; errors: FieldErrors } {
  if (!(error instanceof HttpException) || error.getStatus() < 400 || error.getStatus() >= 500 || error.getStatus() === 404) throw error;
  const body = errorBody(error, page.lang);
  return { status: error.getStatus(), message: body.message, errors: (body.errors ?? {}) as FieldErrors };
}
