import { messages } from '../common/i18n/catalogue';

/** What the calendar feeds say when they refuse, in both languages. */
export const CALENDAR_MESSAGES = messages({
  noSession: { zh: '没有编号为 {id} 的已发布且已排期的活动', en: 'No published, scheduled session with id {id}' },
  noOrganization: { zh: '没有编号为 {id} 的单位', en: 'No organization with id {id}' },
});
