import { DateTime } from 'luxon';
import type { Language } from '../../common/dto/lang-query.dto';
import type { SpeakerRole } from '../../speakers/speaker-role';

/** Dates and words of a printed program in its language; Chinese follows GB/T 7408 habits. */

/** What a page, a ticket, a PDF or a message prints for an edition whose days are not known yet. */
export const DATES_TO_BE_ANNOUNCED: Record<Language, string> = { zh: '日期待定', en: 'Dates to be announced' };

/** The heading of sessions that have no day or time yet. */
export const TIME_TO_BE_ANNOUNCED: Record<Language, string> = { zh: '时间待定', en: 'Time to be announced' };

/** The edition's days in words; "dates to be announced" while either is unknown, never an invented day. */
export function formatDateRange(startDate: string | null, endDate: string | null, lang: Language): string {
  if (startDate === null || endDate === null) return DATES_TO_BE_ANNOUNCED[lang];
  const start = DateTime.fromISO(startDate);
  const end = DateTime.fromISO(endDate);
  if (lang === 'en') {
    const fmt = (d: DateTime) => d.setLocale('en').toFormat('MMMM d, yyyy');
    if (startDate === endDate) return fmt(start);
    if (start.year === end.year && start.month === end.month) return `${start.setLocale('en').toFormat('MMMM d')}–${end.toFormat('d, yyyy')}`;
    return `${fmt(start)} – ${fmt(end)}`;
  }
  const zh = (d: DateTime) => `${d.year}年${d.month}月${d.day}日`;
  if (startDate === endDate) return zh(start);
  if (start.year === end.year && start.month === end.month) return `${zh(start)}—${end.day}日`;
  if (start.year === end.year) return `${zh(start)}—${end.month}月${end.day}日`;
  return `${zh(start)}—${zh(end)}`;
}

const WEEKDAYS_ZH = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

export function formatDayLabel(date: string, lang: Language): string {
  const day = DateTime.fromISO(date);
  return lang === 'en' ? day.setLocale('en').toFormat('cccc, MMMM d') : `${day.month}月${day.day}日 ${WEEKDAYS_ZH[day.weekday - 1]}`;
}

export function formatPublishedAt(instant: Date, timeZone: string, lang: Language): string {
  const at = DateTime.fromJSDate(instant, { zone: timeZone });
  return lang === 'en' ? at.setLocale('en').toFormat('MMMM d, yyyy') : `${at.year}年${at.month}月${at.day}日`;
}

export function formatTimeRange(start: Date | null, end: Date | null, timeZone: string, lang: Language): string {
  if (!start || !end) return lang === 'en' ? 'TBA' : '待定';
  const hm = (d: Date) => DateTime.fromJSDate(d, { zone: timeZone }).toFormat('HH:mm');
  return `${hm(start)}–${hm(end)}`;
}

export const SPEAKER_ROLE_LABELS: Record<SpeakerRole, Record<Language, string>> = {
  moderator: { zh: '主持人', en: 'Moderator' },
  speaker: { zh: '演讲嘉宾', en: 'Speaker' },
  guest: { zh: '嘉宾', en: 'Guest' },
};
