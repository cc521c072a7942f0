import type { EditionLinksDto, EditionSummaryDto } from '../editions/dto/edition.dto';
import type { ProgramSessionDto } from '../releases/dto/program.dto';
import type { RegistrationDto } from '../registrations/dto/registration.dto';
import type { Language } from './i18n/messages';
import { formatDay, formatDayRange, wallTime } from './view-helpers';

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

/**
 * The attendee's own documents and page. The calendar and ticket links carry the read-only ticket
 * token the API put in them (calendar apps and WeChat send no headers); only the page to manage the
 * registration carries the owner's token, which can change and cancel.
 */
export function personalLinks(registration: RegistrationDto, token: string, lang: Language) {
  const calendar = inLanguage(registration.links.calendar, lang);
  return {
    ticket: inLanguage(registration.links.ticket, lang),
    calendar,
    webcal: webcal(calendar),
    manage: `/r/${encodeURIComponent(registration.code)}?token=${encodeURIComponent(token)}`,
  };
}

const pick = (lang: Language, zh: string, en: string | null | undefined) => (lang === 'en' && en ? en : zh);
const joined = (parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ');

/** An edition in one line for link previews: dates, city and venue, theme. */
export function editionShareText(edition: EditionSummaryDto, lang: Language): string {
  const place = joined([edition.city && pick(lang, edition.city, edition.cityEn), edition.venue && pick(lang, edition.venue, edition.venueEn)]);
  const theme = edition.theme ? `${lang === 'en' ? 'Theme: ' : '主题：'}${pick(lang, edition.theme, edition.themeEn)}` : null;
  return joined([formatDayRange(edition.startDate, edition.endDate, lang), place, theme]);
}

/** A session in one line for link previews: its time and room, its theme, and the edition it belongs to. */
export function sessionShareText(session: ProgramSessionDto, edition: EditionSummaryDto, lang: Language): string {
  const when = session.startsAt ? `${formatDay(session.startsAt.slice(0, 10), lang, true)} ${wallTime(session.startsAt)}–${wallTime(session.endsAt)}` : null;
  const room = session.room ? pick(lang, session.room.name, session.room.nameEn) : null;
  const theme = session.theme ? pick(lang, session.theme, session.themeEn) : null;
  return joined([pick(lang, edition.title, edition.titleEn), when, room, theme]);
}
