import { DateTime } from 'luxon';
import { attendeeGreeting, codeLine } from './greeting';
import { Bilingual, inLanguage, Language, Template } from './template';

export interface ReminderSession {
  title: Bilingual;
  /** ISO instants; null while unscheduled. */
  startsAt: string | null;
  endsAt: string | null;
  /** The local day of an unscheduled session, when known. */
  day: string | null;
  room: Bilingual | null;
}

export interface ReminderParams {
  name: string;
  code: string;
  editionTitle: Bilingual;
  /** The first day, local to the edition (YYYY-MM-DD), and the edition's zone. */
  startDate: string;
  timeZone: string;
  city: Bilingual | null;
  venue: Bilingual | null;
  /** The confirmed sessions, in the order they take place. */
  sessions: ReminderSession[];
}

/** English month names; the Chinese formats are all digits, in the process's own locale as before. */
const LOCALES: Record<Language, string | undefined> = { zh: undefined, en: 'en' };

const FORMATS = {
  zh: { date: 'yyyy年M月d日', day: 'M月d日', dayTime: 'M月d日 HH:mm', unscheduled: '（时间待定）' },
  en: { date: 'd MMMM yyyy', day: 'd MMMM', dayTime: 'd MMMM HH:mm', unscheduled: ' (time to be announced)' },
};

/** Local wall time in the edition's zone, e.g. `12月1日 14:00–16:00`; the day alone while unscheduled. */
function sessionTime(session: ReminderSession, timeZone: string, language: Language): string {
  const format = FORMATS[language];
  const locale = LOCALES[language];
  if (!session.startsAt) {
    return session.day ? `${DateTime.fromISO(session.day, { locale }).toFormat(format.day)}${format.unscheduled}` : format.unscheduled.trim();
  }
  const start = DateTime.fromISO(session.startsAt, { zone: timeZone, locale });
  const end = session.endsAt ? `–${DateTime.fromISO(session.endsAt, { zone: timeZone }).toFormat('HH:mm')}` : '';
  return `${start.toFormat(format.dayTime)}${end}`;
}

function openingDate(p: ReminderParams, language: Language): string {
  return DateTime.fromISO(p.startDate, { zone: p.timeZone, locale: LOCALES[language] }).toFormat(FORMATS[language].date);
}

/** The day before an edition opens, to every attendee with a confirmed seat. */
export const reminder: Template<ReminderParams> = {
  zh: (p) => {
    const place = [p.city?.zh, p.venue?.zh].filter(Boolean).join('');
    const lines = p.sessions.map((s) => `- ${sessionTime(s, p.timeZone, 'zh')} ${s.title.zh}${s.room ? `（${s.room.zh}）` : ''}`);
    return {
      subject: `参会提醒：${p.editionTitle.zh}明天开幕`,
      body:
        attendeeGreeting('zh') +
        `您报名参加的${p.editionTitle.zh}将于明天（${openingDate(p, 'zh')}）开幕${place ? `，地点：${place}` : ''}。\n\n` +
        `您已确认的场次：\n${lines.join('\n')}\n\n` +
        `${codeLine(p.code, 'zh')}请凭参会码到签到处签到。\n`,
    };
  },
  en: (p) => {
    const title = inLanguage(p.editionTitle, 'en');
    const place = [p.venue, p.city]
      .filter((text): text is Bilingual => Boolean(text?.zh))
      .map((text) => inLanguage(text, 'en'))
      .join(', ');
    const lines = p.sessions.map((s) => `- ${sessionTime(s, p.timeZone, 'en')} ${inLanguage(s.title, 'en')}${s.room ? ` (${inLanguage(s.room, 'en')})` : ''}`);
    return {
      subject: `Reminder: ${title} opens tomorrow`,
      body:
        attendeeGreeting('en') +
        `${title}, which you registered for, opens tomorrow (${openingDate(p, 'en')})${place ? ` at ${place}` : ''}.\n\n` +
        `Your confirmed sessions:\n${lines.join('\n')}\n\n` +
        `${codeLine(p.code, 'en')}Please show your attendee code at the check-in desk.\n`,
    };
  },
};
