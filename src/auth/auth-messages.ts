import { messages } from '../common/i18n/catalogue';

/** What signing in and access checks say, in both languages. */
export const AUTH_MESSAGES = messages({
  noAccessLevel: { zh: '该路由未声明访问级别', en: 'This route declares no access level' },
  signInFirst: { zh: '请先登录：以 Authorization: Bearer <token> 发送 POST /api/auth/login 得到的令牌', en: 'Sign in first: send Authorization: Bearer <token> from POST /api/auth/login' },
  signInFirstShort: { zh: '请先登录', en: 'Sign in first' },
  tokenInvalid: { zh: '登录令牌无效或已过期，或账号已停用；请重新登录', en: 'The sign-in token is invalid or has expired, or the account is disabled; sign in again' },
  onlyKind: { zh: '只有 {level} 账号可以执行此操作', en: 'Only {level} accounts may do this' },
  wrongPassword: { zh: '邮箱或密码错误', en: 'Wrong email or password' },
  wrongPasswordField: { zh: '邮箱或密码错误', en: 'wrong email or password' },
  tooManyFailures: { zh: '登录失败次数过多，请 {seconds} 秒后再试', en: 'Too many failed sign-ins; try again in {seconds} s' },
  tooManyFailuresField: { zh: '登录失败次数过多', en: 'too many failed sign-ins' },
  wrongCurrentPassword: { zh: '「当前密码」不正确', en: 'The current password is wrong' },
  sameAsCurrentPassword: { zh: '「新密码」不能与当前密码相同', en: 'The new password must differ from the current password' },
  sameAsEmail: { zh: '「新密码」不能是邮箱地址', en: 'The new password must not be the e-mail address' },
  resetLinkInvalid: { zh: '该密码重置链接无效、已过期或已使用，请重新申请', en: 'This password reset link is invalid, expired or already used; ask for a new one' },
  resetLinkInvalidField: { zh: '无效、已过期或已使用', en: 'invalid, expired or already used' },
});
