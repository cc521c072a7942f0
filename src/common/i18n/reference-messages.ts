import { messages } from './catalogue';

/** What may still refer to a thing being deleted, counted: `{count}` of them. */
export const REFERENCE_MESSAGES = messages({
  refused: { zh: '无法删除{subject}：仍有{references}引用它', en: 'Cannot delete {subject}: {references} still refer to it' },
  held: { zh: '仍有 {count} 项引用', en: '{count} still refer to it' },
  editions: { zh: ' {count} 届大会', en: '{count} editions' },
  sessions: { zh: ' {count} 个活动', en: '{count} sessions' },
  rooms: { zh: ' {count} 个会场', en: '{count} rooms' },
  programReleases: { zh: ' {count} 个已发布的议程版本', en: '{count} program releases' },
  publishedProgram: { zh: ' {count} 个已发布的议程版本（已发布的活动请改为取消：将状态设为 cancelled）', en: '{count} program releases (cancel a published session instead: set status to cancelled)' },
  organizationRoles: { zh: ' {count} 个单位角色', en: '{count} organization roles' },
  editionRoles: { zh: ' {count} 个大会角色', en: '{count} edition roles' },
  sessionRoles: { zh: ' {count} 个活动角色', en: '{count} session roles' },
  partnerAccounts: { zh: ' {count} 个合作单位账号', en: '{count} partner accounts' },
  speakers: { zh: ' {count} 位嘉宾', en: '{count} speakers' },
  attendeeListGrants: { zh: ' {count} 项名单授权', en: '{count} attendee-list grants' },
  speakerAppearances: { zh: ' {count} 次嘉宾出席', en: '{count} session appearances' },
  brand: { zh: '品牌活动 {slug}', en: 'brand {slug}' },
  edition: { zh: '大会 {slug}', en: 'edition {slug}' },
  room: { zh: '会场 {id}', en: 'room {id}' },
  session: { zh: '活动 {id}', en: 'session {id}' },
  speaker: { zh: '嘉宾 {id}', en: 'speaker {id}' },
  organization: { zh: '单位 {id}', en: 'organization {id}' },
});
