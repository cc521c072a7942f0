import { maskUrl, scrubText } from './log-scrub';

describe('what a log line may not hold', () => {
  it.each([
    ['/r/R7K2P9?token=abcdef123456&lang=zh', '/r/R7K2P9?token=***&lang=zh'],
    ['/api/registrations/R7K2P9/calendar.ics?token=abc.def', '/api/registrations/R7K2P9/calendar.ics?token=***'],
    ['/t/R7K2P9?token=abc', '/t/***?token=***'],
    ['/g/INVITE42', '/g/***'],
    ['/api/guest-replies/INVITE42', '/api/guest-replies/***'],
    ['/admin/reset-password?token=xyz', '/admin/reset-password?token=***'],
    ['/api/sms/reports/aliyun?token=s3cret', '/api/sms/reports/aliyun?token=***'],
    ['/api/editions/3/registrations?q=wang%40example.cn&page=2', '/api/editions/3/registrations?q=***&page=2'],
    ['/api/editions/3/registrations?q=138%200013%208000', '/api/editions/3/registrations?q=***'],
    ['/api/editions/3/registrations?q=%2B8613800138000', '/api/editions/3/registrations?q=***'],
    ['/api/editions/3?lang=en', '/api/editions/3?lang=en'],
    ['/api/editions/integrity-2019', '/api/editions/integrity-2019'],
  ])('masks %s as %s', (url, masked) => {
    expect(maskUrl(url)).toBe(masked);
  });

  it('scrubs e-mail addresses and phone numbers from text, not database URLs, ids or times', () => {
    expect(scrubText('mail to Wang.Fang+x@Example.com.cn failed: 550 <wang@example.org>')).toBe('mail to [email] failed: 550 <[email]>');
    expect(scrubText('phones 13800138000, 138 0013 8000, +86 138-0013-8000, +44 20 7946 0958')).toBe('phones [phone], [phone], [phone], [phone]');
    const kept = 'Listening on http://127.0.0.1:3000 (database mariadb://root@127.0.0.1:3306,n2:3306/huiwu) migration 1795500015000 at 2026-12-01T10:00:00.000Z, message 12345';
    expect(scrubText(kept)).toBe(kept);
  });
});
