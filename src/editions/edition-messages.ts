import { messages } from '../common/i18n/catalogue';
import type { LocalText } from '../common/i18n/local-text';
import type { IdOrSlug } from '../common/pipes/id-or-slug.pipe';

/** What the editions module says when it refuses, in both languages. */
export const EDITION_MESSAGES = messages({
  notFoundById: { zh: '没有编号为 {id} 的大会', en: 'No edition with id {id}' },
  notFoundBySlug: { zh: '没有大会“{slug}”', en: 'No edition "{slug}"' },
  notPublic: { zh: '没有编号为 {id} 的公开大会', en: 'No edition with id {id} open to the public' },
  noSuchEdition: { zh: '没有这个大会', en: 'no such edition' },
  defaultNoticeVersion: { zh: '以“default”开头的版本属于默认告知（{version}）', en: 'versions starting with "default" belong to the default notice ({version})' },
  noticeVersionConsented: {
    zh: '版本 {version} 是参会者已同意的告知；文字有改动时需要新的版本号',
    en: 'Version {version} is the notice attendees have consented to; changed words need a new version',
  },
  noticeVersionMustChange: { zh: '文字改动时版本号也需改动', en: 'must change when the text changes' },
  roleNotFound: { zh: '没有编号为 {id} 的大会角色', en: 'No edition role with id {id}' },
  exists: { zh: '大会 {slug} 已存在', en: 'Edition {slug} already exists' },
  yearTaken: { zh: '{brand} 在 {year} 年已有一届大会', en: '{brand} already has an edition in {year}' },
  noBrand: { zh: '没有品牌活动“{brand}”', en: 'no brand "{brand}"' },
  invalidFields: { zh: '以下字段有误：{fields}', en: 'Invalid {fields}' },
  notCalendarDate: { zh: '“{value}”不是有效的日期', en: '"{value}" is not a calendar date' },
  notTimeZone: { zh: '“{value}”不是 IANA 时区', en: '"{value}" is not an IANA time zone' },
  closesBeforeOpens: { zh: '应晚于报名开始时间', en: 'must be after registrationOpensAt' },
  bothDatesOrNeither: { zh: '开始日期与结束日期须同时填写，或同时留空（日期待定）', en: 'give both startDate and endDate, or neither (dates to be announced)' },
  datesToBeAnnounced: { zh: '日期待定', en: 'dates to be announced' },
  endBeforeStart: { zh: '不能早于开始日期', en: 'must not be before startDate' },
  placesHeld: { zh: '已有 {count} 人报名', en: '{count} attendees already hold a place' },
  sessionsOutside: { zh: '以下活动将落在 {startDate} 至 {endDate} 之外：{sessions}', en: 'Sessions would fall outside {startDate} to {endDate}: {sessions}' },
  sessionsOutsideField: { zh: '有活动将落在大会日期之外', en: 'sessions would fall outside the edition' },
  sessionRef: { zh: '「{title}」（场次 {id}）', en: '「{title}」 (session {id})' },
  noOrganization: { zh: '没有编号为 {id} 的单位', en: 'no organization with id {id}' },
  roleHeld: { zh: '单位 {organizationId} 已在本届大会担任该角色（{role}）', en: 'Organization {organizationId} already has the role {role} in this edition' },
  roleHeldField: { zh: '已担任该角色', en: 'already held' },
  orderNotComplete: { zh: '应按新顺序列出本届大会该角色的全部 {count} 个单位，每个一次', en: 'must list each of the {count} holders of this role in this edition once, in the new order' },
});

/** 404 wording for an edition looked up by id or slug. */
export function editionNotFound(key: IdOrSlug): LocalText {
  return 'id' in key ? EDITION_MESSAGES.notFoundById({ id: key.id }) : EDITION_MESSAGES.notFoundBySlug({ slug: key.slug });
}
