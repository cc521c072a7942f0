import { Bilingual, inLanguage, Template } from './template';

export interface GuestReminderParams {
  name: string;
  editionTitle: Bilingual;
  code: string;
  replyUrl: string;
}

/** A guest who has not replied to the invitation is asked again; the SMS words are in sms-texts.ts. */
export const guestReminder: Template<GuestReminderParams> = {
  zh: (p) => ({
    subject: `请回复参会回执：${p.editionTitle.zh}`,
    body: `${p.name}，您好：\n\n我们尚未收到您对${p.editionTitle.zh}邀请的回复。\n请在以下页面回复参会回执（出席、不出席或委派他人）：\n${p.replyUrl}\n邀请码：${p.code}\n`,
  }),
  en: (p) => ({
    subject: `Please reply to the invitation: ${inLanguage(p.editionTitle, 'en')}`,
    body: `Dear ${p.name},\n\nWe have not yet received your reply to the invitation to ${inLanguage(p.editionTitle, 'en')}.\nPlease reply (attend, decline or send a deputy) on this page:\n${p.replyUrl}\nInvitation code: ${p.code}\n`,
  }),
};
