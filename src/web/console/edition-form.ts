import { HttpException } from '@nestjs/common';
import { DateTime } from 'luxon';
import { errorBody } from '../../common/filters/api-exception.filter';
import type { LocalText } from '../../common/i18n/local-text';
import type { EditionDetailDto } from '../../editions/dto/edition.dto';
import type { Language } from '../i18n/messages';

type Form = Record<string, unknown>;
export type FieldErrors = Record<string, string>;

/** The texts an edition form shows and sends, as typed: what a refused form gives back. */
export const DETAIL_FIELDS = ['title', 'titleEn', 'theme', 'themeEn', 'startDate', 'endDate', 'city', 'cityEn', 'venue', 'venueEn'] as const;
const OPTIONAL_TEXTS = new Set(['startDate', 'endDate', 'titleEn', 'theme', 'themeEn', 'city', 'cityEn', 'venue', 'venueEn']);

export const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The form's fields as typed, for showing them again. */
export function typedValues(body: Form | undefined, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, text(body?.[name])]));
}

/** A whole number as the API takes it; anything else goes as typed so the API's own rule names the field. */
const numberOrTyped = (value: string): number | string => (/^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : value);

/** A `datetime-local` value is the edition's wall clock: the API wants the instant with its offset. */
export function instantIn(value: string, zone: string): string | null {
  if (value.trim() === '') return null;
  const at = DateTime.fromISO(value.trim(), { zone });
  return at.isValid ? at.toISO({ suppressMilliseconds: true }) : value;
}

/** An instant as a `datetime-local` value in the edition's zone. */
export function wallClockIn(iso: string | null | undefined, zone: string): string {
  return iso ? DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm") : '';
}

/** The details part of a create or update request: empty optional texts are "none" (null) on an update, left out on a create. */
export function detailsRequest(values: Record<string, string>, forUpdate: boolean): Form {
  const out: Form = {};
  for (const name of DETAIL_FIELDS) {
    const value = values[name].trim();
    if (value === '' && OPTIONAL_TEXTS.has(name)) {
      if (forUpdate) out[name] = null;
      continue;
    }
    out[name] = value;
  }
  return out;
}

export function createRequest(body: Form | undefined): { values: Record<string, string>; request: Form } {
  const values = typedValues(body, ['brand', 'year', 'ordinal', ...DETAIL_FIELDS]);
  const request: Form = { brand: values.brand, year: numberOrTyped(values.year), ...detailsRequest(values, false) };
  if (values.ordinal.trim() !== '') request.ordinal = numberOrTyped(values.ordinal);
  return { values, request };
}

export const SETTINGS_FIELDS = [...DETAIL_FIELDS, 'status', 'registrationOpensAt', 'registrationClosesAt', 'registrationCapacity', 'registrationConfirmation', 'confirmationWindowMinutes'] as const;

export function settingsRequest(body: Form | undefined, zone: string): { values: Record<string, string>; request: Form } {
  const values: Record<string, string> = { ...typedValues(body, SETTINGS_FIELDS), requiresApproval: body?.requiresApproval === 'on' ? 'on' : '' };
  const request: Form = {
    ...detailsRequest(values, true),
    status: values.status,
    registrationOpensAt: instantIn(values.registrationOpensAt, zone),
    registrationClosesAt: instantIn(values.registrationClosesAt, zone),
    requiresApproval: values.requiresApproval === 'on',
    registrationCapacity: values.registrationCapacity.trim() === '' ? null : numberOrTyped(values.registrationCapacity),
    registrationConfirmation: values.registrationConfirmation,
    confirmationWindowMinutes: numberOrTyped(values.confirmationWindowMinutes),
  };
  return { values, request };
}

/** The settings form filled from the edition as it is. */
export function settingsValues(edition: EditionDetailDto): Record<string, string> {
  const settings = edition.registrationSettings;
  const zone = edition.timeZone;
  return {
    title: edition.title,
    titleEn: edition.titleEn ?? '',
    theme: edition.theme ?? '',
    themeEn: edition.themeEn ?? '',
    startDate: edition.startDate ?? '',
    endDate: edition.endDate ?? '',
    city: edition.city ?? '',
    cityEn: edition.cityEn ?? '',
    venue: edition.venue ?? '',
    venueEn: edition.venueEn ?? '',
    status: edition.status,
    registrationOpensAt: wallClockIn(settings?.registrationOpensAt, zone),
    registrationClosesAt: wallClockIn(settings?.registrationClosesAt, zone),
    requiresApproval: settings?.requiresApproval ? 'on' : '',
    registrationCapacity: settings?.registrationCapacity === null || settings?.registrationCapacity === undefined ? '' : String(settings.registrationCapacity),
    registrationConfirmation: settings?.registrationConfirmation ?? 'none',
    confirmationWindowMinutes: String(settings?.confirmationWindowMinutes ?? 30),
  };
}

/** Validation errors (the API's words) as the page shows them beside each field. */
export function fieldErrors(errors: Record<string, LocalText | string>, lang: Language): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, typeof message === 'string' ? message : message.in(lang)]));
}

/**
 * A refusal by the service (4xx) as the form shows it: its message on top and, where it names
 * fields, beside them. A 5xx, or anything else, is not the form's to show.
 */
export function refusal(error: unknown, lang: Language): { message: string; errors: FieldErrors } | null {
  if (!(error instanceof HttpException) || error.getStatus() >= 500 || error.getStatus() === 403 || error.getStatus() === 401) return null;
  const body = errorBody(error, lang) as { message: string; errors?: Record<string, unknown> };
  const errors: FieldErrors = {};
  for (const [field, value] of Object.entries(body.errors ?? {})) if (typeof value === 'string') errors[field] = value;
  return { message: body.message, errors };
}

/** The summary list at the top of a refused form: each field's message, linking to the field. */
export function errorList(errors: FieldErrors, label: (field: string) => string): { field: string; label: string; message: string }[] {
  return Object.entries(errors).map(([field, message]) => ({ field, label: label(field), message }));
}
