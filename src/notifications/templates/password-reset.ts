import { greeting } from './greeting';
import type { Template } from './template';

export interface PasswordResetParams {
  /** Whom it greets: the account's display name, else its address. */
  name: string;
  email: string;
  /** The page where the new password is set; its token works once. */
  resetUrl: string;
  validMinutes: number;
}

/**
 * "Forgot password": the link to set a new one. It says what to do if the reader asked for
 * nothing, since anybody can type anybody's address into the form.
 */
export const passwordReset: Template<PasswordResetParams> = {
  zh: (p) => ({
    subject: '重置会务系统登录密码',
    body:
      `${greeting(p.name, 'zh')}有人为账号 ${p.email} 申请了重置密码。请在 ${p.validMinutes} 分钟内打开下面的链接设置新密码（链接只能使用一次）：\n${p.resetUrl}\n\n` +
      '设置新密码后，该账号在所有设备上的登录都将失效。\n如果这不是您本人的操作，请忽略本邮件，您的密码不会改变。\n',
  }),
  en: (p) => ({
    subject: 'Reset your Huiwu password',
    body:
      `${greeting(p.name, 'en')}Someone asked to reset the password of the account ${p.email}. Open this link within ${p.validMinutes} minutes to choose a new password (it works once):\n${p.resetUrl}\n\n` +
      'Once a new password is set, the account is signed out on every device.\nIf you did not ask for this, ignore this e-mail: your password stays as it is.\n',
  }),
};
