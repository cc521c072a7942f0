import { messages } from '../common/i18n/catalogue';

/** What the registrations desk's API says when it refuses, in both languages. */
export const REGISTRATION_DESK_MESSAGES = messages({
  alreadyEnded: { zh: '报名 {code} 已是{status}状态，无需取消', en: 'Registration {code} is already {status}' },
  alreadyEndedField: { zh: '报名已结束', en: 'already ended' },
  notInEdition: { zh: '本届大会没有报名 {code}', en: 'No registration {code} in this edition' },
  anonymized: { zh: '报名 {code} 的个人信息已删除，无法发送', en: 'The personal data of registration {code} has been erased: nothing can be sent' },
});
