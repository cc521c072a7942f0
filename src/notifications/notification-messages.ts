import { messages } from '../common/i18n/catalogue';

/** What the notifications module says to callers, in both languages. */
export const NOTIFICATION_MESSAGES = messages({
  noReportRoute: { zh: '没有这个短信回执地址', en: 'No such delivery report address' },
  reportNotList: { zh: '短信回执必须是 JSON 数组', en: 'A delivery report must be a JSON array' },
  reportNotList_field: { zh: '不是数组', en: 'not an array' },
  reportEntry: { zh: '第 {index} 条回执缺少 {field}', en: 'Report {index} has no {field}' },
  reportEntry_field: { zh: '缺少 {field}', en: 'no {field}' },
});
