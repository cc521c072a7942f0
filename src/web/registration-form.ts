import { HttpException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { describeValidationErrors } from '../common/validation/validation-pipe';
import { RegisterRequest } from '../registrations/dto/register.dto';
import { normalisePhone } from '../registrations/phone-number';
import type { ProgramDto, ProgramSessionDto } from '../releases/dto/program.dto';
import { SeatEvents } from '../seats/seat-events';
import { SeatStore } from '../seats/seat.store';
import { translate, type Language } from './i18n/messages';

export const FORM_FIELDS = ['name', 'email', 'phone', 'organization', 'title'] as const;
export type FormValues = Partial<Record<(typeof FORM_FIELDS)[number], string>>;
/** Field → message shown next to it; `general` for what belongs to no one field. */
export type FieldErrors = Record<string, string>;

/** The sessions a form offers: the published ones one can attend (not cancelled, not breaks), with the seats left now. */
export async function sessionChoices(dataSource: DataSource, program: ProgramDto, chosen: number[]) {
  const sessions = [...program.days.flatMap((d) => d.sessions), ...program.unscheduled].filter((s) => s.status !== 'cancelled' && s.kind !== 'break');
  // TODO(web): inject SeatStore and call counts(); constructed here only to keep this file's signature for the merge.
  const live = new Map((await new SeatStore(dataSource, new SeatEvents()).counts(sessions.map((s) => s.id))).map((s) => [s.sessionId, s]));
  return sessions.map((s: ProgramSessionDto) => {
    const seat = live.get(s.id);
    const capacity = seat?.capacity ?? null;
    const left = capacity === null ? null : Math.max(0, capacity - (seat?.taken ?? 0));
    return { ...s, checked: chosen.includes(s.id), seatsLeft: left, unlimited: left === null, full: left === 0 };
  });
}

/** Session ids from checkboxes: absent, one value or several; anything not a positive integer is dropped. */
export function chosenSessionIds(value: unknown): number[] {
  const raw = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return [...new Set(raw.map((v) => Number(v)).filter((n) => Number.isInteger(n) && n > 0))];
}

export function formValues(body: Record<string, unknown>): FormValues {
  return Object.fromEntries(FORM_FIELDS.map((f) => [f, typeof body[f] === 'string' ? body[f] : ''])) as FormValues;
}

/** The API's own request class and rules, so the page refuses exactly what the API refuses. */
export async function validateRegistration(values: FormValues, sessionIds: number[]): Promise<{ request: RegisterRequest; errors: Record<string, string> }> {
  const plain = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const request = plainToInstance(RegisterRequest, { ...plain, sessionIds });
  const problems = await validate(request, { whitelist: true, forbidNonWhitelisted: true });
  const errors = describeValidationErrors(problems);
  // The service checks the number only once the rest is valid; the form says everything at once.
  if (request.phone && !errors.phone && !normalisePhone(request.phone)) errors.phone = 'not a phone number';
  return { request, errors };
}

/**
 * The API's `errors` (field → English detail) as messages beside the fields, in the reader's
 * language. `sessionIds[2]` belongs to the session checkboxes; an unknown field to the summary.
 */
export function fieldErrors(apiErrors: Record<string, string>, lang: Language, status?: number): FieldErrors {
  const result: FieldErrors = {};
  for (const [key, detail] of Object.entries(apiErrors)) {
    const field = key.replace(/\[\d+\]$/, '');
    if (field === 'email' && status === 409) result.email = translate(lang, 'error.emailTaken');
    else if (field === 'registration' && status === 409) result.general = translate(lang, 'error.full');
    else if (field === 'sessionIds' || field === 'registration') result[field === 'registration' ? 'general' : field] = translate(lang, `error.${field}`, { detail });
    else if ((FORM_FIELDS as readonly string[]).includes(field)) result[field] = translate(lang, `error.${field}`);
    else result.general = detail;
  }
  return result;
}

/** An API refusal with field errors (400, 409, 422) as form errors; anything else is not the form's business. */
export function refusalOf(error: unknown, lang: Language): { status: number; errors: FieldErrors } | null {
  if (!(error instanceof HttpException) || ![400, 404, 409, 422].includes(error.getStatus())) return null;
  const body = error.getResponse() as { errors?: Record<string, string>; message?: string };
  const errors = body.errors ? fieldErrors(body.errors, lang, error.getStatus()) : { general: String(body.message ?? error.message) };
  return { status: error.getStatus(), errors };
}
