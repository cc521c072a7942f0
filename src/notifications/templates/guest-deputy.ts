import { Bilingual, inLanguage, Template } from './template';

export interface GuestDeputyParams {
  name: string;
  editionTitle: Bilingual;
  deputyName: string;
  approved: boolean;
}

/** The organizer's answer to a guest who asked to send a deputy (换人). */
export const guestDeputy: Template<GuestDeputyParams> = {
  zh: (p) => ({
    subject: `换人申请${p.approved ? '已同意' : '未获同意'}：${p.editionTitle.zh}`,
    body: p.approved
      ? `${p.name}，您好：\n\n会务组已同意由${p.deputyName}代您出席${p.editionTitle.zh}。\n`
      : `${p.name}，您好：\n\n会务组未同意由${p.deputyName}代您出席${p.editionTitle.zh}，请通过邀请链接重新回复或联系会务组。\n`,
  }),
  en: (p) => ({
    subject: `Deputy ${p.approved ? 'approved' : 'not approved'}: ${inLanguage(p.editionTitle, 'en')}`,
    body: p.approved
      ? `Dear ${p.name},\n\nThe organizers approved ${p.deputyName} attending ${inLanguage(p.editionTitle, 'en')} in your place.\n`
      : `Dear ${p.name},\n\nThe organizers did not approve ${p.deputyName} attending ${inLanguage(p.editionTitle, 'en')} in your place; please reply again through your invitation link or contact them.\n`,
  }),
};
