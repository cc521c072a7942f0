import type { Edition } from '../editions/entities/edition.entity';
import type { Notification } from '../notifications/notifications.service';
import type { Registration } from './entities/registration.entity';

/** The words of what attendees are sent, in Chinese (the attendees' language). */

/**
 * Written before the seats are taken, so it cannot say which are confirmed: the seats are the
 * last thing the registration's transaction locks, and everyone else registering for the same
 * session waits for that lock. The attendee's page, linked with its token, shows the seats and
 * waitlist positions as they are when it is opened, which an email could not anyway.
 */
export function confirmationMessage(registration: Registration, edition: Edition, sessionLines: string[], manageUrl: string): Notification {
  const pending = registration.status === 'pending';
  return {
    kind: 'confirmation',
    dedupeKey: `confirmation:${registration.id}`,
    registrationId: registration.id,
    toAddress: registration.email,
    subject: `${pending ? '报名已收到，待审核' : '报名成功'}：${edition.titleZh}`,
    body:
      `${registration.name}，您好：\n\n您已报名${edition.titleZh}（${edition.startDate}${edition.cityZh ? `，${edition.cityZh}` : ''}）。\n参会码：${registration.code}\n` +
      (sessionLines.length ? `报名的场次：\n${sessionLines.join('\n')}\n` : '') +
      `${pending ? '\n主办方审核后将另行通知。\n' : ''}` +
      `\n各场次是否已确认座位、候补第几位，请以报名页面为准；也可在该页面修改或取消报名（链接仅限本人使用）：\n${manageUrl}\n`,
  };
}

/** One message per promotion: a seat given up and won again later is announced again. */
export function promotionMessage(registration: Registration, edition: Edition, sessionTitle: string, seatId: number, promotedAt: Date): Notification {
  return {
    kind: 'waitlist_promotion',
    dedupeKey: `promotion:${seatId}:${promotedAt.getTime()}`,
    registrationId: registration.id,
    toAddress: registration.email,
    subject: `候补成功：${sessionTitle}`,
    body: `${registration.name}，您好：\n\n您在${edition.titleZh}「${sessionTitle}」的候补已转为正式席位。\n参会码：${registration.code}\n`,
  };
}

export function decisionMessage(registration: Registration, edition: Edition, approved: boolean): Notification {
  return {
    kind: approved ? 'approval' : 'rejection',
    dedupeKey: `${approved ? 'approval' : 'rejection'}:${registration.id}`,
    registrationId: registration.id,
    toAddress: registration.email,
    subject: `${approved ? '报名已通过审核' : '报名未通过审核'}：${edition.titleZh}`,
    body: `${registration.name}，您好：\n\n您对${edition.titleZh}的报名${approved ? '已通过审核' : '未通过审核'}。\n参会码：${registration.code}\n`,
  };
}
