import { messages } from '../common/i18n/catalogue';

/** Why a release is refused, in both languages. */
export const RELEASE_MESSAGES = messages({
  scheduleErrors: {
    zh: '议程有 {count} 个日程错误，请先修正再发布：{errors}',
    en: 'The program has {count} schedule error(s); fix them before publishing: {errors}',
  },
  scheduleDatesToBeAnnounced: {
    zh: '{slug} 的日期待定：会议应用的日程文件（schedule.xml、schedule.json）需要日期，日期公布后即可下载；议程页面与 PDF 已列出“时间待定”的活动',
    en: 'The dates of {slug} are still to be announced: the conference-app schedule files (schedule.xml, schedule.json) need them and can be downloaded once they are; the program page and PDF list the sessions under “time to be announced”',
  },
  notPublishedYet: { zh: '{slug} 的议程尚未发布', en: 'The program of {slug} is not published yet' },
  nothingChanged: {
    zh: '自版本 {version} 以来没有变化，无需发布新版本',
    en: 'Nothing changed since version {version}; there is no new version to publish',
  },
});
