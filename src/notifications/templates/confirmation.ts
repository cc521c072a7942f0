import { attendeeGreeting, codeLine, nameLine } from './greeting';
import { Bilingual, inLanguage, Template } from './template';

export interface ConfirmationParams {
  name: string;
  code: string;
  /** Pending approval by the organiser, rather than confirmed. */
  pending: boolean;
  editionTitle: Bilingual;
  /** Null when the edition's dates are still to be announced. */
  startDate: string | null;
  city: Bilingual | null;
  /** The chosen sessions, one line each, in the order they take place. */
  sessionLines: string[];
  manageUrl: string;
}

/**
 * Written before the seats are taken, so it cannot say which are confirmed: the attendee's
 * page, linked with its token, shows the seats and waitlist positions as they are when opened.
 */
export const confirmation: Template<ConfirmationParams> = {
  zh: (p) => {
    const title = p.editionTitle.zh;
    return {
      subject: `${p.pending ? '报名已收到，待审核' : '报名成功'}：${title}`,
      body:
        `${attendeeGreeting('zh')}您已报名${title}（${p.startDate ?? '日期待定'}${p.city ? `，${p.city.zh}` : ''}）。\n${nameLine(p.name, 'zh')}${codeLine(p.code, 'zh')}` +
        (p.sessionLines.length ? `报名的场次：\n${p.sessionLines.join('\n')}\n` : '') +
        `${p.pending ? '\n主办方审核后将另行通知。\n' : ''}` +
        `\n各场次是否已确认座位、候补第几位，请以报名页面为准；也可在该页面修改或取消报名（链接仅限本人使用）：\n${p.manageUrl}\n`,
    };
  },
  en: (p) => {
    const title = inLanguage(p.editionTitle, 'en');
    return {
      subject: `${p.pending ? 'Registration received, awaiting approval' : 'Registration confirmed'}: ${title}`,
      body:
        `${attendeeGreeting('en')}You have registered for ${title} (${p.startDate ?? 'dates to be announced'}${p.city ? `, ${inLanguage(p.city, 'en')}` : ''}).\n${nameLine(p.name, 'en')}${codeLine(p.code, 'en')}` +
        (p.sessionLines.length ? `Sessions registered for:\n${p.sessionLines.join('\n')}\n` : '') +
        `${p.pending ? '\nThe organisers will let you know once they have reviewed it.\n' : ''}` +
        `\nWhether each seat is confirmed, or your place on a waitlist, is shown on your registration page, where you can also change or cancel the registration (the link is for you alone):\n${p.manageUrl}\n`,
    };
  },
};
