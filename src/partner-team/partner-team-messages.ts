import { messages } from '../common/i18n/catalogue';

/** What the partner-team module says, in both languages. */
export const PARTNER_TEAM_MESSAGES = messages({
  adminOnly: { zh: '只有本单位的管理员可以邀请同事或设置管理员', en: "Only your organization's admins may invite colleagues or name admins" },
  emailTaken: { zh: '{email} 已经有账号', en: '{email} already has an account' },
  emailTakenField: { zh: '该邮箱已有账号', en: 'already has an account' },
  tooManyInvitations: { zh: '每小时最多发出 {max} 份邀请，请稍后再试', en: 'At most {max} invitations an hour; try again later' },
  tooManyInvitationsField: { zh: '邀请过多', en: 'too many invitations' },
  invitationInvalid: { zh: '邀请链接无效、已使用或已过期，请对方重新邀请', en: 'This invitation link is unknown, used or expired: ask for a new one' },
  noOrganization: { zh: '没有编号为 {id} 的单位', en: 'No organization with id {id}' },
  noMember: { zh: '本单位没有编号为 {id} 的账号', en: 'No account {id} in this organization' },
  noInvitation: { zh: '本单位没有编号为 {id} 的待接受邀请', en: 'No open invitation {id} in this organization' },
  lastAdmin: { zh: '不能取消本单位最后一位管理员', en: "The organization's last admin cannot be removed" },
  lastAdminField: { zh: '最后一位管理员', en: 'last admin' },
  passwordIsEmail: { zh: '密码不能是邮箱地址', en: 'The password must not be the e-mail address' },
});
