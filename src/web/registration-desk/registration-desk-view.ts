import { DateTime } from 'luxon';
import type { AuditEntryDto } from '../../audit/dto/audit-entry.dto';
import type { LocalText } from '../../common/i18n/local-text';
import type { Edition } from '../../editions/edition.store';
import type { EditionAttendanceDto } from '../../registrations/dto/attendance.dto';
import type { RegistrationDto } from '../../registrations/dto/registration.dto';
import type { Session } from '../../sessions/session.store';
import { changesOf } from '../console/audit-view';
import type { Page } from '../page-renderer';

/** The list's filters as typed (strings, empty when unset), kept in the form and in every link. */
export interface ListFilter {
  sessionId?: string;
  seatStatus?: string;
  status?: string;
  checkedIn?: string;
  q?: string;
  offset?: string;
}

export const FILTERS = ['sessionId', 'seatStatus', 'status', 'checkedIn', 'q'] as const;
const KEPT = [...FILTERS, 'offset'] as const;

/** Which label names a filter field in the error summary. */
export const FIELD_LABELS: Record<string, string> = { sessionId: 'desk.session', seatStatus: 'desk.seatStatus', status: 'desk.status', checkedIn: 'desk.checkedIn', q: 'desk.q', offset: 'desk.paging', codes: 'desk.select', decision: 'desk.decide' };

/** What a registration's page says was just done (`?done=`). */
export const DONE = new Set(['promoted', 'resent', 'cancelled', 'approved', 'rejected']);

export interface Outcome {
  code: string;
  error: string;
}

/** The filters of a query string or form: only the known ones, as strings, blanks dropped. */
export function filterOf(raw: Record<string, unknown>): ListFilter {
  const out: ListFilter = {};
  for (const key of KEPT) {
    const value = raw?.[key];
    if (typeof value === 'string' && value.trim() !== '') out[key] = key === 'q' ? value.trim().slice(0, 200) : value.trim().slice(0, 40);
  }
  return out;
}

/** The list's address with these filters and extra parameters (a page, what was decided). */
export function listLink(editionId: number, filter: ListFilter, extra: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const key of FILTERS) if (filter[key]) params.set(key, filter[key]);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return `/admin/editions/${editionId}/registrations${query ? `?${query}` : ''}`;
}

/** The list's filters carried through a POST as one hidden field; only the filters survive. */
export function backQuery(value: unknown): string {
  if (typeof value !== 'string' || value.length > 600) return '';
  const filter = filterOf(Object.fromEntries(new URLSearchParams(value)));
  return new URLSearchParams(Object.entries(filter).filter(([key]) => key !== 'offset') as [string, string][]).toString();
}

/** The ticked codes of a form: one checkbox posts a string, several an array. */
export function codesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value];
  return list.filter((v): v is string => typeof v === 'string').map((v) => v.trim().slice(0, 40)).filter(Boolean);
}

export function wordsOf(why: LocalText | string | undefined, page: Page): string {
  if (why === undefined) return '';
  return typeof why === 'string' ? why : page.lang === 'en' ? why.en : why.zh;
}

export function deskEdition(edition: Edition) {
  return { id: edition.id, title: edition.titleZh, titleEn: edition.titleEn, slug: edition.slug };
}

/** An instant as the edition's organizers read clocks: its own zone. */
export function wallClock(iso: string | null, zone: string): string | null {
  return iso ? DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat('yyyy-MM-dd HH:mm') : null;
}

/** A registration as the list and its page show it: labels in the page's language, times in the edition's zone. */
export function registrationRow(r: RegistrationDto, page: Page, zone: string) {
  return {
    code: r.code,
    name: r.name,
    email: r.email,
    phone: r.phone,
    organization: r.organization,
    title: r.title,
    status: r.status,
    statusLabel: page.t(`desk.status.${r.status}`),
    pending: r.status === 'pending',
    registeredAt: wallClock(r.createdAt, zone),
    checkedInAt: wallClock(r.checkedInAt, zone),
    consent: r.privacyNoticeVersion ? page.t('desk.consentVersion', { version: r.privacyNoticeVersion, at: wallClock(r.privacyConsentedAt, zone) ?? '' }) : page.t('desk.noConsent'),
    sessions: r.sessions.map((s) => ({
      sessionId: s.sessionId,
      title: s.title,
      room: s.room,
      when: s.startsAt ? `${s.startsAt.slice(0, 10)} ${s.startsAt.slice(11, 16)}${s.endsAt ? `–${s.endsAt.slice(11, 16)}` : ''}` : null,
      status: s.status,
      label: s.status === 'waitlisted' ? page.t('desk.seat.waitlisted', { n: s.waitlistPosition ?? '?' }) : page.t(`desk.seat.${s.status}`),
      waitlisted: s.status === 'waitlisted',
      promoteLabel: page.t('desk.promoteLabel', { name: r.name, session: s.title }),
    })),
  };
}

/** The registration's history from the audit trail, oldest first, field by field. */
export function historyRows(entries: AuditEntryDto[], page: Page, zone: string) {
  return entries.map((e) => {
    const action = page.t(`audit.action.${e.action}`);
    const entity = page.t(`desk.entity.${e.entityType}`);
    return {
      at: e.at,
      when: wallClock(e.at, zone),
      who: e.accountEmail,
      what: `${action === `audit.action.${e.action}` ? e.action : action} · ${entity === `desk.entity.${e.entityType}` ? e.entityType : entity}`,
      changes: changesOf(e),
    };
  });
}

/** Attendance per session, with its title in the page's language and links to its list and waitlist. */
export function attendanceRows(counts: EditionAttendanceDto, sessions: Map<number, Session>, page: Page, editionId: number) {
  return counts.sessions.map((s) => {
    const session = sessions.get(s.sessionId);
    const title = session ? page.pick(session.titleZh, session.titleEn) : s.title;
    return {
      ...s,
      title,
      rate: s.confirmed > 0 ? `${Math.round((s.checkedIn / s.confirmed) * 100)}%` : '—',
      list: listLink(editionId, { sessionId: String(s.sessionId) }, {}),
      waitlist: listLink(editionId, { sessionId: String(s.sessionId), seatStatus: 'waitlisted' }, {}),
      listLabel: page.t('desk.listOf', { session: title }),
      waitlistLabel: page.t('desk.waitlistOf', { session: title }),
    };
  });
}
