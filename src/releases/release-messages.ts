import { messages } from '../common/i18n/catalogue';

/** Why a release is refused, in both languages. */
export const RELEASE_MESSAGES = messages({
  scheduleErrors: {
    zh: '议程有 {count} 个日程错误，请先修正再发布：{errors}',
    en: 'The program has {count} schedule error(s); fix them before publishing: {errors}',
  },
  notPublishedYet: { zh: '{slug} 的议程尚未发布', en: 'The program of {slug} is not published yet' },
  nothingChanged: {
    zh: '自版本 {version} 以来没有变化，无需发布新版本',
    en: 'Nothing changed since version {version}; there is no new version to publish',
  },
});
