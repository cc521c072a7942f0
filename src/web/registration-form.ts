import { HttpException, Injectable } from '@nestjs/common';
import { errorBody } from '../common/filters/api-exception.filter';
import { inLanguage, type Words } from '../common/i18n/local-text';
import type { EditionDetailDto } from '../editions/dto/edition.dto';
import { NAME_HAS_LINK } from '../registrations/dto/plain-name';
import { RegisterRequest } from '../registrations/dto/register.dto';
import { normalisePhone } from '../registrations/registration-codes';
import { RegistrationsService } from '../registrations/registrations.service';
import { NO_SESSION_CHOSEN, takesRegistrations, type Refusal } from '../registrations/session-eligibility';
import type { ProgramDto, ProgramSessionDto } from '../releases/dto/program.dto';
import { SeatStore } from '../seats/seat.store';
import { asApiRequest, maxLengthOf } from './form-validation';
import { translate, type Language } from './i18n/messages';
import { instantText } from '../common/i18n/instant-text';

export const FORM_FIELDS = ['name', 'email', 'phone', 'organization', 'title'] as const;
export type FormValues = Partial<Record<(typeof FORM_FIELDS)[number], string>>;
/** Field → message shown next to it; `general` for what belongs to no one field, `s-<id>` beside one session. */
export type FieldErrors = Record<string, string>;

/** The longest each field may be, as the API's request class says, for the messages that tell it. */
const FIELD_MAX = Object.fromEntries(FORM_FIELDS.map((f) => [f, maxLengthOf(RegisterRequest, f)]));

export interface SessionChoice extends ProgramSessionDto {
  checked: boolean;
  seatsLeft: number | null;
  unlimited: boolean;
  full: boolean;
  /** Why the API would refuse this session now, in the reader's language; such a session cannot be chosen. */
  refused: string | null;
  error: string | null;
}

/** What the form offers: whether registration is open at all (else why not), and the sessions with their seats and refusals. */
export interface RegistrationOffer {
  open: boolean;
  closedReason: string | null;
  choices: SessionChoice[];
  /** Chosen session ids the API refuses, with the reason in the reader's language. */
  refusals: Map<number, string>;
}

/** A refusal as the reader reads it: 报名已于 2031年11月1日 周六 09:00 截止 / Registration closed … */
export function refusalText(refusal: Refusal, edition: Pick<EditionDetailDto, 'timeZone'>, lang: Language): string {
  return translate(lang, `refusal.${refusal.reason}`, { at: refusal.at ? instantText(refusal.at, edition.timeZone).in(lang) : '' });
}

/**
 * The sessions a registration form offers, checked by the rule the API registers by
 * (RegistrationsService.eligibility): the published ones one can attend (not cancelled, not
 * breaks), with the seats left now, and those outside their registration window marked with why.
 */
@Injectable()
export class RegistrationOffers {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly seats: SeatStore,
  ) {}

  /**
   * `chosen`: the sessions ticked, refusals among them reported in `refusals`. `held`, when
   * changing a registration: the sessions it has, which the API lets one keep whatever their
   * window says. Whether the edition takes registrations at all is the API's `judgeEdition`.
   */
  async offer(edition: EditionDetailDto, program: ProgramDto, chosen: number[], lang: Language, held?: number[]): Promise<RegistrationOffer> {
    const sessions = [...program.days.flatMap((d) => d.sessions), ...program.unscheduled].filter(takesRegistrations);
    const asked = [...new Set([...sessions.map((s) => s.id), ...chosen])].filter((id) => !held?.includes(id));
    const [eligibility, left] = await Promise.all([this.registrations.eligibility(edition.id, asked), this.seats.seatsLeft(sessions.map((s) => s.id))]);
    if (eligibility.edition) return { open: false, closedReason: refusalText(eligibility.edition, edition, lang), choices: [], refusals: new Map() };
    const reasons = new Map([...eligibility.sessions].map(([id, refusal]) => [id, refusalText(refusal, edition, lang)]));
    const refusals = new Map(chosen.filter((id) => reasons.has(id)).map((id) => [id, reasons.get(id)!]));
    const choices = sessions.map((s) => {
      const seatsLeft = left.get(s.id) ?? null;
      return { ...s, checked: chosen.includes(s.id), seatsLeft, unlimited: seatsLeft === null, full: seatsLeft === 0, refused: reasons.get(s.id) ?? null, error: refusals.get(s.id) ?? null };
    });
    return { open: true, closedReason: null, choices, refusals };
  }
}

/** Whether the pages link to the form: the API would take a registration for the edition now and, for one session, for that session too. */
export async function canRegister(registrations: RegistrationsService, edition: EditionDetailDto, sessionId?: number): Promise<boolean> {
  const eligibility = await registrations.eligibility(edition.id, sessionId === undefined ? [] : [sessionId]);
  return !eligibility.edition && eligibility.sessions.size === 0;
}

/** Refused sessions as form errors: beside the session when the form shows it, else on the session list. */
export function refusalErrors(offer: RegistrationOffer, lang: Language): FieldErrors {
  const errors: FieldErrors = {};
  if (offer.closedReason) errors.general = translate(lang, 'error.registration', { detail: offer.closedReason });
  for (const [id, reason] of offer.refusals) {
    const shown = offer.choices.find((c) => c.id === id);
    if (shown) errors[`s-${id}`] = `${translate(lang, 'sessionRefused', { title: lang === 'en' && shown.titleEn ? shown.titleEn : shown.title })}${reason}`;
    else errors.sessionIds = translate(lang, 'error.sessionIds', { detail: reason });
  }
  return errors;
}

/** The API's refusal of sessions (or of the edition's window) in the page's words, beside each session; its other errors as they are. */
export function inReadersWords(apiErrors: FieldErrors, offer: RegistrationOffer, lang: Language): FieldErrors {
  const refused = refusalErrors(offer, lang);
  if (Object.keys(refused).length === 0) return apiErrors;
  return { ...Object.fromEntries(Object.entries(apiErrors).filter(([field]) => field !== 'sessionIds')), ...refused };
}

/** Session ids from checkboxes: absent, one value or several; anything not a positive integer is dropped. */
export function chosenSessionIds(value: unknown): number[] {
  const raw = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return [...new Set(raw.map((v) => Number(v)).filter((n) => Number.isInteger(n) && n > 0))];
}

export function formValues(body: Record<string, unknown>): FormValues {
  return Object.fromEntries(FORM_FIELDS.map((f) => [f, typeof body[f] === 'string' ? body[f] : ''])) as FormValues;
}

/** The consent box of a form that collects personal data, and the notice version the page showed beside it (a hidden field). */
export interface FormConsent {
  agreed: boolean;
  version: string;
}

export function formConsent(body: Record<string, unknown>): FormConsent {
  return { agreed: body.privacyConsent === 'yes', version: typeof body.privacyNoticeVersion === 'string' ? body.privacyNoticeVersion : '' };
}

/** The API's own request class and rules, so the page refuses exactly what the API refuses; an unticked consent box is refused too. */
export async function validateRegistration(values: FormValues, sessionIds: number[], consent: FormConsent): Promise<{ request: RegisterRequest; errors: Record<string, Words> }> {
  const plain = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const { request, errors } = await asApiRequest(RegisterRequest, { ...plain, sessionIds, privacyNoticeVersion: consent.version });
  if (!consent.agreed) errors.privacyConsent = 'required';
  // The service checks the number only once the rest is valid; the form says everything at once.
  if (request.phone && !errors.phone && !normalisePhone(request.phone)) errors.phone = 'not a phone number';
  return { request, errors };
}

/**
 * The API's `errors` (field → its words in both languages) as messages beside the fields, in the reader's
 * language. `sessionIds[2]` belongs to the session checkboxes; an unknown field to the summary.
 */
export function fieldErrors(apiErrors: Record<string, Words>, lang: Language, status?: number): FieldErrors {
  const result: FieldErrors = {};
  for (const [key, words] of Object.entries(apiErrors)) {
    const detail = inLanguage(words, lang);
    const field = key.replace(/\[\d+\]$/, '');
    // A rate limit's message is in the reader's language already and says when to try again.
    if (status === 429) result[field === 'email' ? 'email' : 'general'] = detail;
    else if (field === 'email' && status === 409) result.email = translate(lang, 'error.emailTaken');
    else if (field === 'privacyConsent') result.privacyConsent = translate(lang, 'error.privacyConsent');
    // A stale version: the notice changed while the form was open; the page shows the new one.
    else if (field === 'privacyNoticeVersion') result.privacyConsent = translate(lang, 'error.privacyNoticeVersion');
    else if (field === 'registration' && status === 409) result.general = translate(lang, 'error.full');
    else if (key === 'sessionIds' && detail === NO_SESSION_CHOSEN.in(lang)) result.sessionIds = translate(lang, 'error.sessionsRequired');
    else if (field === 'sessionIds' || field === 'registration') result[field === 'registration' ? 'general' : field] = translate(lang, `error.${field}`, { detail });
    else if (field === 'name' && detail === NAME_HAS_LINK.in(lang)) result.name = translate(lang, 'error.nameLink');
    else if ((FORM_FIELDS as readonly string[]).includes(field)) result[field] = translate(lang, `error.${field}`, { max: FIELD_MAX[field] });
    else result.general = detail;
  }
  return result;
}

/** An API refusal with field errors (400, 409, 422, 429) as form errors; anything else is not the form's business. */
export function refusalOf(error: unknown, lang: Language): { status: number; errors: FieldErrors } | null {
  if (!(error instanceof HttpException) || ![400, 404, 409, 422, 429].includes(error.getStatus())) return null;
  const body = error.getResponse() as { errors?: Record<string, Words> };
  const errors = body.errors ? fieldErrors(body.errors, lang, error.getStatus()) : { general: errorBody(error, lang).message };
  return { status: error.getStatus(), errors };
}
