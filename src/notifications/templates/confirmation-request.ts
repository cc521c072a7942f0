import { attendeeGreeting, codeLine, nameLine } from './greeting';
import { Bilingual, inLanguage, Template } from './template';

export interface ConfirmationRequestParams {
  name: string;
  code: string;
  editionTitle: Bilingual;
  /** The sessions asked for, one line each, in the order they take place. */
  sessionLines: string[];
  /** The page that confirms the registration: `/r/{code}/confirm?token=…`. */
  confirmUrl: string;
  /** The deadline, as the edition's wall clock shows it ("2036-12-01 14:35"), and its zone. */
  confirmBy: string;
  timeZone: string;
}

/**
 * Sent to an address nobody has confirmed yet, so it opens with fixed words and says what to do
 * if the reader did not register: whoever typed the address cannot keep the seats without it.
 */
export const confirmationRequest: Template<ConfirmationRequestParams> = {
  zh: (p) => ({
    subject: `请确认报名：${p.editionTitle.zh}`,
    body:
      `${attendeeGreeting('zh')}有人用此邮箱报名了${p.editionTitle.zh}。\n${nameLine(p.name, 'zh')}${codeLine(p.code, 'zh')}` +
      (p.sessionLines.length ? `报名的场次：\n${p.sessionLines.join('\n')}\n` : '') +
      `\n座位已为您保留。请在 ${p.confirmBy}（${p.timeZone}）之前打开下面的链接确认报名，逾期未确认，报名将自动取消，座位让给他人：\n${p.confirmUrl}\n` +
      `\n如果不是您本人报名，请忽略本邮件。\n`,
  }),
  en: (p) => ({
    subject: `Please confirm your registration: ${inLanguage(p.editionTitle, 'en')}`,
    body:
      `${attendeeGreeting('en')}Someone registered this address for ${inLanguage(p.editionTitle, 'en')}.\n${nameLine(p.name, 'en')}${codeLine(p.code, 'en')}` +
      (p.sessionLines.length ? `Sessions asked for:\n${p.sessionLines.join('\n')}\n` : '') +
      `\nYour seats are held. Open the link below before ${p.confirmBy} (${p.timeZone}) to confirm the registration; unconfirmed by then, it is cancelled and the seats go to others:\n${p.confirmUrl}\n` +
      `\nIf you did not register, ignore this message.\n`,
  }),
};
