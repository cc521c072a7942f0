import { renderTemplate } from '.';
import type { TemplateKey, TemplateParams } from './template';

/** Renders as the sender does: parameters back from JSON, key and language as stored strings. */
function render<K extends TemplateKey>(key: K, params: TemplateParams[K], language: 'zh' | 'en') {
  return renderTemplate(key, JSON.parse(JSON.stringify(params)), language);
}

const attendee = { name: '王伟', code: 'K7Q2M', editionTitle: { zh: '2026年中国网络诚信大会', en: '2026 China Internet Integrity Conference' } };

describe('templates', () => {
  const confirmation: TemplateParams['confirmation'] = {
    ...attendee,
    pending: true,
    startDate: '2026-12-01',
    city: { zh: '西安', en: "Xi'an" },
    sessionLines: ['· 开幕式（2026-12-01 09:00）', '· 平台经济诚信建设分论坛'],
    manageUrl: 'https://huiwu.test/r/K7Q2M?token=t',
  };

  it('confirmation, in Chinese', () => {
    expect(render('confirmation', confirmation, 'zh')).toEqual({
      subject: '报名已收到，待审核：2026年中国网络诚信大会',
      body:
        '您好：\n\n您已报名2026年中国网络诚信大会（2026-12-01，西安）。\n报名人：王伟\n参会码：K7Q2M\n报名的场次：\n· 开幕式（2026-12-01 09:00）\n· 平台经济诚信建设分论坛\n' +
        '\n主办方审核后将另行通知。\n\n各场次是否已确认座位、候补第几位，请以报名页面为准；也可在该页面修改或取消报名（链接仅限本人使用）：\nhttps://huiwu.test/r/K7Q2M?token=t\n',
    });
    const confirmed = render('confirmation', { ...confirmation, pending: false, city: null, sessionLines: [] }, 'zh');
    expect(confirmed.subject).toBe('报名成功：2026年中国网络诚信大会');
    expect(confirmed.body).toBe(
      '您好：\n\n您已报名2026年中国网络诚信大会（2026-12-01）。\n报名人：王伟\n参会码：K7Q2M\n\n各场次是否已确认座位、候补第几位，请以报名页面为准；也可在该页面修改或取消报名（链接仅限本人使用）：\nhttps://huiwu.test/r/K7Q2M?token=t\n',
    );
  });

  it('confirmation, in English, with the Chinese title when there is no English one', () => {
    const rendered = render('confirmation', { ...confirmation, editionTitle: { zh: '大会', en: null } }, 'en');
    expect(rendered.subject).toBe('Registration received, awaiting approval: 大会');
    expect(rendered.body).toMatch(/^Hello,\n\nYou have registered for 大会 \(2026-12-01, Xi'an\)\.\nRegistered name: 王伟\nAttendee code: K7Q2M\nSessions registered for:\n/);
    expect(rendered.body).toContain('reviewed it.');
    expect(rendered.body.endsWith('\nhttps://huiwu.test/r/K7Q2M?token=t\n')).toBe(true);
  });

  it('promotion', () => {
    const params = { ...attendee, sessionTitle: { zh: '分论坛', en: 'Forum' } };
    expect(render('promotion', params, 'zh')).toEqual({
      subject: '候补成功：分论坛',
      body: '您好：\n\n您在2026年中国网络诚信大会「分论坛」的候补已转为正式席位。\n参会码：K7Q2M\n',
    });
    expect(render('promotion', params, 'en')).toEqual({
      subject: 'Off the waitlist: Forum',
      body: 'Hello,\n\nYour waitlisted place in “Forum” at 2026 China Internet Integrity Conference is now a confirmed seat.\nAttendee code: K7Q2M\n',
    });
  });

  it('decision, approved and rejected', () => {
    expect(render('decision', { ...attendee, approved: true }, 'zh')).toEqual({
      subject: '报名已通过审核：2026年中国网络诚信大会',
      body: '您好：\n\n您对2026年中国网络诚信大会的报名已通过审核。\n参会码：K7Q2M\n',
    });
    expect(render('decision', { ...attendee, approved: false }, 'zh').subject).toBe('报名未通过审核：2026年中国网络诚信大会');
    expect(render('decision', { ...attendee, approved: false }, 'en')).toEqual({
      subject: 'Registration not approved: 2026 China Internet Integrity Conference',
      body: 'Hello,\n\nYour registration for 2026 China Internet Integrity Conference has not been approved.\nAttendee code: K7Q2M\n',
    });
  });

  const reminder: TemplateParams['reminder'] = {
    ...attendee,
    startDate: '2026-12-01',
    timeZone: 'Asia/Shanghai',
    city: { zh: '西安', en: "Xi'an" },
    venue: { zh: '曲江国际会议中心', en: null },
    sessions: [
      { title: { zh: '开幕式', en: 'Opening' }, startsAt: '2026-12-01T01:00:00.000Z', endsAt: '2026-12-01T02:00:00.000Z', day: null, room: { zh: '主会场', en: 'Main hall' } },
      { title: { zh: '闭门会', en: null }, startsAt: null, endsAt: null, day: '2026-12-02', room: null },
    ],
  };

  it('reminder, in Chinese, in the edition’s local time', () => {
    expect(render('reminder', reminder, 'zh')).toEqual({
      subject: '参会提醒：2026年中国网络诚信大会明天开幕',
      body:
        '您好：\n\n您报名参加的2026年中国网络诚信大会将于明天（2026年12月1日）开幕，地点：西安曲江国际会议中心。\n\n' +
        '您已确认的场次：\n- 12月1日 09:00–10:00 开幕式（主会场）\n- 12月2日（时间待定） 闭门会\n\n参会码：K7Q2M\n请凭参会码到签到处签到。\n',
    });
  });

  it('reminder, in English', () => {
    expect(render('reminder', { ...reminder, timeZone: 'America/New_York' }, 'en')).toEqual({
      subject: 'Reminder: 2026 China Internet Integrity Conference opens tomorrow',
      body:
        "Hello,\n\n2026 China Internet Integrity Conference, which you registered for, opens tomorrow (1 December 2026) at 曲江国际会议中心, Xi'an.\n\n" +
        'Your confirmed sessions:\n- 30 November 20:00–21:00 Opening (Main hall)\n- 2 December (time to be announced) 闭门会\n\nAttendee code: K7Q2M\nPlease show your attendee code at the check-in desk.\n',
    });
  });

  it('session changed: moved, unscheduled, cancelled', () => {
    const params = { ...attendee, sessionTitle: { zh: '分论坛', en: null }, cancelled: false, startsAt: '2026-12-01T11:30:00.000Z', timeZone: 'Asia/Shanghai', room: { zh: '二号厅', en: 'Hall 2' }, version: 3 };
    expect(render('session_changed', params, 'zh')).toEqual({
      subject: '日程变更：分论坛',
      body: '您好：\n\n2026年中国网络诚信大会「分论坛」调整为 2026-12-01 19:30，二号厅（第 3 版议程）。\n参会码：K7Q2M\n',
    });
    expect(render('session_changed', { ...params, startsAt: null, room: null }, 'zh').body).toContain('「分论坛」调整为 时间待定（第 3 版议程）');
    expect(render('session_changed', { ...params, cancelled: true }, 'zh').body).toContain('「分论坛」已取消（第 3 版议程）');
    expect(render('session_changed', params, 'en')).toEqual({
      subject: 'Program change: 分论坛',
      body: 'Hello,\n\n“分论坛” at 2026 China Internet Integrity Conference has moved to 2026-12-01 19:30, Hall 2 (program version 3).\nAttendee code: K7Q2M\n',
    });
  });

  it('verbatim: the stored words, whatever the language', () => {
    for (const language of ['zh', 'en'] as const) expect(render('verbatim', { subject: '参会提醒', body: '正文' }, language)).toEqual({ subject: '参会提醒', body: '正文' });
  });

  it('registration links, resent on request: every registration of the address with its personal link', () => {
    const params: TemplateParams['registration_links'] = {
      name: '王伟',
      editionTitle: attendee.editionTitle,
      registrations: [{ code: 'K7Q2M', status: 'confirmed', manageUrl: 'https://huiwu.test/r/K7Q2M?token=t' }],
    };
    expect(render('registration_links', params, 'zh')).toEqual({
      subject: '您的报名链接：2026年中国网络诚信大会',
      body:
        '王伟，您好：\n\n有人（希望是您本人）为此邮箱申请重新发送2026年中国网络诚信大会的报名链接。\n\n' +
        '参会码：K7Q2M（已确认）\n查看、修改或取消报名（链接仅限本人使用）：\nhttps://huiwu.test/r/K7Q2M?token=t\n' +
        '\n如果不是您本人申请，请忽略本邮件，您的报名不受影响。\n',
    });
    const en = render('registration_links', params, 'en');
    expect(en.subject).toBe('Your registration link: 2026 China Internet Integrity Conference');
    expect(en.body).toContain('Attendee code: K7Q2M (confirmed)\nSee, change or cancel the registration (the link is for you alone):\nhttps://huiwu.test/r/K7Q2M?token=t\n');
  });

  it('refuses an unknown template or language with a clear reason', () => {
    expect(() => renderTemplate('invoice', {}, 'zh')).toThrow('unknown template "invoice"');
    expect(() => renderTemplate('toString', {}, 'zh')).toThrow('unknown template "toString"');
    expect(() => renderTemplate('decision', { ...attendee, approved: true }, 'fr')).toThrow('template "decision" has no language "fr"');
  });
});
