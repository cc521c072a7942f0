import { messages } from '../common/i18n/catalogue';

/** What the speakers module says when it refuses, in both languages. */
export const SPEAKER_MESSAGES = messages({
  notFound: { zh: '没有编号为 {id} 的嘉宾', en: 'No speaker with id {id}' },
  noSuchSpeaker: { zh: '没有这位嘉宾', en: 'no such speaker' },
  notOnSession: { zh: '嘉宾 {speakerId} 不在活动 {sessionId} 中', en: 'Speaker {speakerId} is not on session {sessionId}' },
  alreadyOnSession: { zh: '嘉宾 {speakerId} 已在活动 {sessionId} 中', en: 'Speaker {speakerId} is already on session {sessionId}' },
  alreadyOnThisSession: { zh: '已在该活动中', en: 'already on this session' },
  noOrganization: { zh: '没有编号为 {id} 的单位', en: 'no organization with id {id}' },
  sessionNotFound: { zh: '没有编号为 {id} 的活动', en: 'No session with id {id}' },
});
