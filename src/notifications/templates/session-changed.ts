import { DateTime } from 'luxon';
import { attendeeGreeting, codeLine } from './greeting';
import { Bilingual, inLanguage, Template } from './template';

export interface SessionChangedParams {
  name: string;
  code: string;
  editionTitle: Bilingual;
  sessionTitle: Bilingual;
  cancelled: boolean;
  /** The new start (ISO instant), null while unscheduled; shown in the edition's zone. */
  startsAt: string | null;
  timeZone: string;
  room: Bilingual | null;
  /** The program release that made the change. */
  version: number;
}

/** `2026-12-01 14:00` in the edition's zone. */
function localTime(instant: string, timeZone: string): string {
  return DateTime.fromISO(instant, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm');
}

/** A release moved, cancelled or restored a session the attendee holds a place in. */
export const sessionChanged: Template<SessionChangedParams> = {
  zh: (p) => {
    const when = p.startsAt ? localTime(p.startsAt, p.timeZone) : '时间待定';
    const what = p.cancelled ? '已取消' : `调整为 ${when}${p.room ? `，${p.room.zh}` : ''}`;
    return {
      subject: `日程变更：${p.sessionTitle.zh}`,
      body: `${attendeeGreeting('zh')}${p.editionTitle.zh}「${p.sessionTitle.zh}」${what}（第 ${p.version} 版议程）。\n${codeLine(p.code, 'zh')}`,
    };
  },
  en: (p) => {
    const session = inLanguage(p.sessionTitle, 'en');
    const when = p.startsAt ? localTime(p.startsAt, p.timeZone) : 'a time to be announced';
    const what = p.cancelled ? 'has been cancelled' : `has moved to ${when}${p.room ? `, ${inLanguage(p.room, 'en')}` : ''}`;
    return {
      subject: `Program change: ${session}`,
      body: `${attendeeGreeting('en')}“${session}” at ${inLanguage(p.editionTitle, 'en')} ${what} (program version ${p.version}).\n${codeLine(p.code, 'en')}`,
    };
  },
};
