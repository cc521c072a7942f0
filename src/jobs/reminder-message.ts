import { DateTime } from 'luxon';
import type { Edition } from '../editions/entities/edition.entity';
import type { Notification } from '../notifications/notifications.service';
import type { Registration } from '../registrations/entities/registration.entity';
import type { Session } from '../sessions/entities/session.entity';

/** The reminder an attendee gets the day before an edition opens, in Chinese (the attendees' language). */
export function reminderMessage(registration: Registration, edition: Edition, sessions: Session[]): Notification {
  const date = DateTime.fromISO(edition.startDate, { zone: edition.timeZone }).toFormat('yyyy年M月d日');
  const place = [edition.cityZh, edition.venueZh].filter(Boolean).join('');
  const lines = sessions.map((session) => `- ${sessionTime(session, edition.timeZone)} ${session.titleZh}${session.room ? `（${session.room.nameZh}）` : ''}`);
  return {
    kind: 'reminder',
    dedupeKey: `reminder:${registration.id}:${edition.id}`,
    registrationId: registration.id,
    toAddress: registration.email,
    subject: `参会提醒：${edition.titleZh}明天开幕`,
    body:
      `${registration.name}，您好：\n\n` +
      `您报名参加的${edition.titleZh}将于明天（${date}）开幕${place ? `，地点：${place}` : ''}。\n\n` +
      `您已确认的场次：\n${lines.join('\n')}\n\n` +
      `参会码：${registration.code}\n请凭参会码到签到处签到。\n`,
  };
}

/** Local wall time in the edition's zone, e.g. `12月1日 14:00–16:00`; the day alone while unscheduled. */
function sessionTime(session: Session, timeZone: string): string {
  if (!session.startsAt) {
    return session.day ? `${DateTime.fromISO(session.day).toFormat('M月d日')}（时间待定）` : '（时间待定）';
  }
  const start = DateTime.fromJSDate(session.startsAt, { zone: timeZone });
  const end = session.endsAt ? `–${DateTime.fromJSDate(session.endsAt, { zone: timeZone }).toFormat('HH:mm')}` : '';
  return `${start.toFormat('M月d日 HH:mm')}${end}`;
}
