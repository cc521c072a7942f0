import { greeting } from './greeting';
import type { Template } from './template';

export interface PartnerInvitationParams {
  /** Whom it greets: the name the inviter gave, else the address. */
  name: string;
  organization: string;
  /** Who invited, as the reader would recognise them (an e-mail address). */
  invitedBy: string;
  acceptUrl: string;
  validDays: number;
}

/** An invitation to a partner organization's team: what it lets the reader do, and the link (it works once). */
export const partnerInvitation: Template<PartnerInvitationParams> = {
  zh: (p) => ({
    subject: `邀请您加入${p.organization}的会务账号`,
    body:
      `${greeting(p.name, 'zh')}${p.invitedBy} 邀请您以“${p.organization}”成员身份使用会务系统：查看本单位参与的大会、协办单位与分论坛，并提交分论坛的嘉宾与介绍。\n` +
      `请在 ${p.validDays} 天内打开下面的链接设置密码（链接只能使用一次）：\n${p.acceptUrl}\n\n如果您不认识邀请人，请忽略本邮件。\n`,
  }),
  en: (p) => ({
    subject: `Join ${p.organization} on Huiwu`,
    body:
      `${greeting(p.name, 'en')}${p.invitedBy} invites you to use Huiwu as a member of ${p.organization}: see the editions it takes part in, its co-hosts and sub-forums, and propose its sub-forums' speakers and descriptions.\n` +
      `Open this link within ${p.validDays} days to choose a password (it works once):\n${p.acceptUrl}\n\nIf you do not know who invited you, ignore this e-mail.\n`,
  }),
};
