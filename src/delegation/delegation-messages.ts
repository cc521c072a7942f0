import { messages } from '../common/i18n/catalogue';

/** What delegated sub-forums and their proposals say, in both languages. */
export const DELEGATION_MESSAGES = messages({
  noSession: { zh: '没有编号为 {id} 的活动', en: 'No session with id {id}' },
  notHost: { zh: '单位 {organizationId} 不是场次 {sessionId} 的主办单位', en: 'Organization {organizationId} does not host session {sessionId}' },
  notHostField: { zh: '不是该场次的主办单位', en: 'does not host this session' },
  alreadyDelegated: { zh: '已经委托给该单位', en: 'Already delegated to this organization' },
  notDelegated: { zh: '场次 {sessionId} 没有委托给单位 {organizationId}', en: 'Session {sessionId} is not delegated to organization {organizationId}' },
  noDelegatedSession: { zh: '本单位没有受委托的场次 {id}', en: 'No session {id} delegated to this organization' },
  noProposal: { zh: '没有编号为 {id} 的提议', en: 'No proposal with id {id}' },
  alreadyDecided: { zh: '该提议已经处理过了', en: 'This proposal was decided already' },
  alreadyDecidedField: { zh: '已处理', en: 'already decided' },
  tooManyPending: { zh: '本场次已有 {max} 条待审核的提议，请等组织方处理后再提交', en: 'This session has {max} proposals waiting for review; wait for the organizers' },
  tooManyPendingField: { zh: '待审核的提议过多', en: 'too many waiting' },
  commentRequired: { zh: '退回时请说明原因', en: 'Say why it is sent back' },
  photoEmpty: { zh: '照片文件是空的', en: 'The photo file is empty' },
  photoTooLarge: { zh: '照片不能超过 2 MB', en: 'The photo must be at most 2 MB' },
  photoType: { zh: '照片须为 PNG 或 JPEG 图片', en: 'The photo must be a PNG or JPEG image' },
  noPhoto: { zh: '该提议没有照片', en: 'This proposal has no photo' },
  guestRefused: { zh: '嘉宾信息有误，请检查标出的项目', en: 'The guest’s details need correcting: see the marked fields' },
  speakerOnSession: { zh: '已有同名嘉宾在本场次', en: 'A speaker of that name is on the session already' },
});
