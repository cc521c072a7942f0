import { Bilingual, inLanguage, Template } from './template';

export interface GuestInvitationParams {
  name: string;
  editionTitle: Bilingual;
  /** The guest's invitation code, read aloud at the desk. */
  code: string;
  /** The guest's own page to reply (attend, decline, send a deputy). */
  replyUrl: string;
}

/** An invitation to an edition, by e-mail; the SMS words are in sms-texts.ts. */
export const guestInvitation: Template<GuestInvitationParams> = {
  zh: (p) => ({
    subject: `参会邀请：${p.editionTitle.zh}`,
    body: `${p.name}，您好：\n\n诚挚邀请您出席${p.editionTitle.zh}。\n请在以下页面回复参会回执（出席、不出席或委派他人）：\n${p.replyUrl}\n邀请码：${p.code}\n`,
  }),
  en: (p) => ({
    subject: `Invitation: ${inLanguage(p.editionTitle, 'en')}`,
    body: `Dear ${p.name},\n\nYou are cordially invited to ${inLanguage(p.editionTitle, 'en')}.\nPlease reply (attend, decline or send a deputy) on this page:\n${p.replyUrl}\nInvitation code: ${p.code}\n`,
  }),
};
