import { greeting } from './greeting';
import { Bilingual, inLanguage, Template } from './template';

export interface RegistrationLinkLine {
  code: string;
  status: 'pending' | 'confirmed' | 'rejected' | 'cancelled' | 'unconfirmed';
  manageUrl: string;
}

export interface RegistrationLinksParams {
  name: string;
  editionTitle: Bilingual;
  /** Every registration of the person's address for the edition, each with its personal link. */
  registrations: RegistrationLinkLine[];
}

const STATUS: Record<RegistrationLinkLine['status'], Bilingual> = {
  pending: { zh: '待审核', en: 'awaiting approval' },
  confirmed: { zh: '已确认', en: 'confirmed' },
  rejected: { zh: '未通过审核', en: 'not approved' },
  cancelled: { zh: '已取消', en: 'cancelled' },
  unconfirmed: { zh: '待邮件确认：打开下面的链接即确认报名', en: 'awaiting confirmation: open the link below to confirm' },
};

/** Someone asked for their registration link again (they lost the confirmation). Only the address's owner receives it. */
export const registrationLinks: Template<RegistrationLinksParams> = {
  zh: (p) => ({
    subject: `您的报名链接：${p.editionTitle.zh}`,
    body:
      `${greeting(p.name, 'zh')}有人（希望是您本人）为此邮箱申请重新发送${p.editionTitle.zh}的报名链接。\n\n` +
      p.registrations.map((r) => `参会码：${r.code}（${STATUS[r.status].zh}）\n查看、修改或取消报名（链接仅限本人使用）：\n${r.manageUrl}\n`).join('\n') +
      `\n如果不是您本人申请，请忽略本邮件，您的报名不受影响。\n`,
  }),
  en: (p) => ({
    subject: `Your registration link: ${inLanguage(p.editionTitle, 'en')}`,
    body:
      `${greeting(p.name, 'en')}Someone (we hope you) asked for the registration link of ${inLanguage(p.editionTitle, 'en')} to be sent again to this address.\n\n` +
      p.registrations.map((r) => `Attendee code: ${r.code} (${STATUS[r.status].en})\nSee, change or cancel the registration (the link is for you alone):\n${r.manageUrl}\n`).join('\n') +
      `\nIf you did not ask for it, ignore this message: your registration is unaffected.\n`,
  }),
};
