import type { Edition } from './entities/edition.entity';

/**
 * 个人信息处理告知 (PIPL art. 17): what an attendee is told, and consents to, before giving their
 * personal data. An organizer sets each edition's own text and version; until then every edition
 * shows the default below. Consent is to a version: a registration names the one it agreed to,
 * so the default's version changes whenever its words do.
 */
export const DEFAULT_PRIVACY_NOTICE_VERSION = 'default-1';

/** Versions organizers give: short, printable, and never one the default uses. */
export const PRIVACY_NOTICE_VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export interface PrivacyNotice {
  version: string;
  textZh: string;
  textEn: string | null;
  /** True while the edition shows the default notice (the organizer has set none). */
  isDefault: boolean;
  updatedAt: Date | null;
}

type NoticeFields = Pick<Edition, 'titleZh' | 'titleEn' | 'privacyNoticeVersion' | 'privacyNoticeZh' | 'privacyNoticeEn' | 'privacyNoticeUpdatedAt'>;

/** The version a registration must consent to now (an organizer sets version and text together). */
export function currentPrivacyNoticeVersion(edition: Pick<Edition, 'privacyNoticeVersion'>): string {
  return edition.privacyNoticeVersion ?? DEFAULT_PRIVACY_NOTICE_VERSION;
}

/** The notice an edition shows now: its own, or the default naming the edition. */
export function privacyNoticeOf(edition: NoticeFields): PrivacyNotice {
  if (edition.privacyNoticeVersion && edition.privacyNoticeZh !== null) {
    return { version: edition.privacyNoticeVersion, textZh: edition.privacyNoticeZh, textEn: edition.privacyNoticeEn, isDefault: false, updatedAt: edition.privacyNoticeUpdatedAt };
  }
  return {
    version: DEFAULT_PRIVACY_NOTICE_VERSION,
    textZh: defaultZh(edition.titleZh),
    textEn: defaultEn(edition.titleEn ?? edition.titleZh),
    isDefault: true,
    updatedAt: null,
  };
}

function defaultZh(title: string): string {
  return `${title}的主办单位和承办单位（以下简称"主办方"）依照《中华人民共和国个人信息保护法》，在您报名前告知如下：

一、个人信息处理者：本届大会的主办方，见大会页面所列主办单位、承办单位。

二、处理的个人信息：您填写的姓名、电子邮箱，以及选填的手机号码、工作单位和职务；您选择的场次、参会码、报名与签到时间。

三、处理目的和方式：办理报名，安排座位与候补，发送报名确认、场次变更、会前提醒和审核结果等通知，现场签到，统计各场次人数。上述信息不用于营销，不出售，不向与本届大会无关的第三方提供。主办方授权某一场次的主办单位后，该单位可查看该场次参会者的姓名、工作单位和职务，不能查看电子邮箱和电话。

四、保存期限：大会结束后，主办方在规定期限内（默认 90 天）将您的姓名、联系方式、单位和职务匿名化，此后仅保留不能识别个人的统计数据以及同意记录（告知版本和同意时间）。

五、您的权利：您可以通过报名确认邮件中的个人链接查看报名、修改所选场次或取消报名；遗失链接可在大会页面"找回报名链接"重新获取。如需查阅、复制、更正、删除个人信息或撤回同意，请联系主办方；撤回同意不影响撤回前已进行的处理。

六、勾选同意并提交报名，即表示您已阅读并同意本告知。`;
}

function defaultEn(title: string): string {
  return `Before you register, the hosts and organizers of ${title} ("the organizers") tell you the following, as the Personal Information Protection Law of the People's Republic of China requires:

1. Who processes your personal information: the organizers of this edition, listed on its page as hosts and organizers.

2. What is processed: the name and e-mail address you enter and, if you give them, your phone number, organization and job title; the sessions you choose, your attendee code, and when you registered and checked in.

3. Why and how: to handle your registration, seats and waitlist places; to send the confirmation, changes to sessions, reminders and decisions; to check you in on site; and to count attendance per session. It is not used for marketing, not sold, and not given to third parties unrelated to this edition. A session's host, when the organizers allow it, sees the names, organizations and job titles of that session's attendees, never their e-mail addresses or phone numbers.

4. How long: after the edition, within the period the organizers set (90 days by default), your name, contact details, organization and title are anonymised; only statistics that identify nobody and the record of your consent (notice version and time) are kept.

5. Your rights: the personal link in your confirmation lets you see your registration, change your sessions or cancel; a lost link can be sent again from the edition's page ("Resend my link"). To see, copy, correct or delete your personal information or to withdraw consent, contact the organizers; withdrawing does not affect processing done before.

6. Ticking the box and registering means you have read and agree to this notice.`;
}
