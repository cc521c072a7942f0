import { DateTime } from 'luxon';
import type { EditionDetailDto, EditionLinksDto } from '../editions/dto/edition.dto';
import type { ProgramDto } from '../releases/dto/program.dto';
import type { RegistrationDto } from '../registrations/dto/registration.dto';
import type { Language } from './i18n/messages';

/** Calendars and PDFs in the reader's language (the API's default is Chinese). */
const inLanguage = (url: string, lang: Language, extra: Record<string, string> = {}) => {
  const target = new URL(url);
  for (const [name, value] of Object.entries(extra)) target.searchParams.set(name, value);
  if (lang === 'en') target.searchParams.set('lang', 'en');
  return target.href;
};

const webcal = (url: string) => url.replace(/^https?:/, 'webcal:');

export function editionLinks(links: EditionLinksDto, lang: Language) {
  const calendar = inLanguage(links.calendar, lang);
  return { calendar, webcal: webcal(calendar), programPdf: inLanguage(links.programPdf, lang) };
}

export function sessionCalendarUrl(links: EditionLinksDto, sessionId: number, lang: Language): string {
  return inLanguage(new URL(`/api/sessions/${sessionId}/calendar.ics`, links.calendar).href, lang);
}

/** The attendee's own documents: the token goes in the URL, since calendar apps and WeChat send no headers. */
export function personalLinks(registration: RegistrationDto, token: string, lang: Language) {
  const calendar = inLanguage(registration.links.calendar, lang, { token });
  return {
    ticket: inLanguage(registration.links.ticket, lang, { token }),
    calendar,
    webcal: webcal(calendar),
    manage: `/r/${encodeURIComponent(registration.code)}?token=${encodeURIComponent(token)}`,
  };
}

/**
 * Whether the site offers a form at all: a published program of an edition not yet over (in its
 * own zone). The registration windows are the API's (RegistrationsService.eligibility, see
 * RegistrationOffers); capacity is decided when the form is sent.
 */
export function registrationOpen(edition: Pick<EditionDetailDto, 'status' | 'endDate' | 'timeZone'>, program: Pick<ProgramDto, 'status'>, now = DateTime.now()): boolean {
  const today = now.setZone(edition.timeZone).toISODate()!;
  return edition.status === 'published' && program.status === 'published' && edition.endDate >= today;
}
