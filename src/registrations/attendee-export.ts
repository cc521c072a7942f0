import type { Language } from '../common/dto/lang-query.dto';
import { acceptedLanguage } from '../common/i18n/language';
import type { Registration } from './entities/registration.entity';
import { REGISTRATION_STATUSES } from './registration-status';

/**
 * The organizer's attendee list as a sheet, before it becomes CSV or xlsx: one row per
 * registration with its sessions and their statuses. Texts stay exactly as people wrote them
 * (a phone "138 0013 8000" stays so); instants stay instants, and each format shows them in
 * the edition's zone, which the time headers name.
 */
export interface AttendeeSheet {
  /** The file's base name. */
  title: string;
  /** The worksheet's name (at most 31 characters in Excel). */
  sheetName: string;
  timeZone: string;
  columns: AttendeeColumn[];
  rows: AttendeeCell[][];
}

export interface AttendeeColumn {
  header: string;
  kind: 'text' | 'time';
  /** In characters, as spreadsheets count them (a CJK character counts two). */
  width: number;
}

/** Text, an instant (a `time` column), or nothing. */
export type AttendeeCell = string | Date | null;

export type SeatLabel = (typeof REGISTRATION_STATUSES)[number] | 'waitlisted';

const STATUS_LABELS: Record<Language, Record<SeatLabel, string>> = {
  zh: { pending: '待审核', confirmed: '已确认', rejected: '未通过', cancelled: '已取消', unconfirmed: '待邮件确认', waitlisted: '候补' },
  en: { pending: 'Pending approval', confirmed: 'Confirmed', rejected: 'Rejected', cancelled: 'Cancelled', unconfirmed: 'Awaiting e-mail confirmation', waitlisted: 'Waitlisted' },
};

/** The columns in order: Chinese headers for the organizers' Excel or WPS, English on request. */
const COLUMNS: { zh: string; en: string; kind: 'text' | 'time'; width: number }[] = [
  { zh: '参会码', en: 'Code', kind: 'text', width: 14 },
  { zh: '姓名', en: 'Name', kind: 'text', width: 12 },
  { zh: '邮箱', en: 'Email', kind: 'text', width: 28 },
  { zh: '电话', en: 'Phone', kind: 'text', width: 18 },
  { zh: '单位', en: 'Organization', kind: 'text', width: 30 },
  { zh: '职务', en: 'Title', kind: 'text', width: 14 },
  { zh: '状态', en: 'Status', kind: 'text', width: 10 },
  { zh: '报名时间', en: 'Registered at', kind: 'time', width: 20 },
  { zh: '签到时间', en: 'Checked in at', kind: 'time', width: 20 },
  { zh: '隐私告知版本', en: 'Privacy notice version', kind: 'text', width: 14 },
  { zh: '同意时间', en: 'Consented at', kind: 'time', width: 20 },
  { zh: '场次及状态', en: 'Sessions and statuses', kind: 'text', width: 60 },
];

export interface AttendeeSheetInput {
  edition: { slug: string; timeZone: string };
  registrations: Registration[];
  /** In programme order (start, then id): each registration lists its sessions in that order. */
  sessions: { id: number; titleZh: string; titleEn: string | null }[];
  seats: { registrationId: number; sessionId: number; status: string }[];
}

export function attendeeSheet(input: AttendeeSheetInput, lang: Language): AttendeeSheet {
  const { edition, registrations, sessions, seats } = input;
  const order = new Map(sessions.map((s, index) => [s.id, index]));
  const titles = new Map(sessions.map((s) => [s.id, lang === 'en' ? (s.titleEn ?? s.titleZh) : s.titleZh]));
  const seatsOf = new Map<number, { sessionId: number; status: string }[]>();
  for (const seat of seats) {
    if (seat.status === 'cancelled') continue;
    seatsOf.set(seat.registrationId, [...(seatsOf.get(seat.registrationId) ?? []), seat]);
  }
  const labels = STATUS_LABELS[lang];
  const [open, close, separator] = lang === 'en' ? [' (', ')', '; '] : ['（', '）', '；'];
  const rows = registrations.map((r): AttendeeCell[] => [
    r.code,
    r.name,
    r.email,
    r.phone,
    r.organization,
    r.title,
    labels[r.status],
    r.createdAt,
    r.checkedInAt,
    r.privacyNoticeVersion,
    r.privacyConsentedAt,
    (seatsOf.get(r.id) ?? [])
      .sort((a, b) => (order.get(a.sessionId) ?? 0) - (order.get(b.sessionId) ?? 0))
      .map((s) => `${titles.get(s.sessionId) ?? s.sessionId}${open}${labels[s.status as SeatLabel] ?? s.status}${close}`)
      .join(separator),
  ]);
  return {
    title: `${edition.slug}-registrations`,
    sheetName: lang === 'en' ? 'Registrations' : '报名名单',
    timeZone: edition.timeZone,
    columns: COLUMNS.map((c) => ({
      header: c.kind === 'time' ? `${c[lang]}${open}${edition.timeZone}${close}` : c[lang],
      kind: c.kind,
      width: c.width,
    })),
    rows,
  };
}

/** The export's language: `?lang=` when given, else the client's Accept-Language as the API reads it (Chinese unless English is preferred). */
export function exportLanguage(lang: Language | undefined, acceptLanguage: string | undefined): Language {
  return lang ?? acceptedLanguage(acceptLanguage);
}
