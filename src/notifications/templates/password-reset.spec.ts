import { renderTemplate } from '.';
import type { TemplateParams } from './template';

describe('password reset template', () => {
  const params: TemplateParams['password_reset'] = { name: '张三', email: 'zhang@huiwu.test', resetUrl: 'https://huiwu.test/admin/reset-password?token=t', validMinutes: 30 };

  it('gives the link, how long it works, and what to do if nobody asked, in Chinese and English', () => {
    const zh = renderTemplate('password_reset', params, 'zh');
    expect(zh.subject).toBe('重置会务系统登录密码');
    expect(zh.body).toContain('张三，您好：');
    expect(zh.body).toContain('30 分钟内');
    expect(zh.body).toContain('\nhttps://huiwu.test/admin/reset-password?token=t\n');
    expect(zh.body).toContain('请忽略本邮件');
    const en = renderTemplate('password_reset', params, 'en');
    expect(en.subject).toBe('Reset your Huiwu password');
    expect(en.body).toContain('within 30 minutes');
    expect(en.body).toContain('ignore this e-mail');
  });
});
