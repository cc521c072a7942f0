import { messages } from '../common/i18n/catalogue';

/** What the rooms module says when it refuses, in both languages. */
export const ROOM_MESSAGES = messages({
  notFound: { zh: '没有编号为 {id} 的会场', en: 'No room with id {id}' },
  sessionsAbove: { zh: '该会场中的活动提供的名额多于 {capacity} 个：{sessions}', en: 'Sessions in this room offer more than {capacity} seats: {sessions}' },
  sessionSeats: { zh: '「{title}」（场次 {id}，{capacity} 个名额）', en: '「{title}」 (session {id}, {capacity})' },
  belowSessions: { zh: '少于会场中活动的名额', en: 'below the capacity of sessions held in the room' },
  nameTaken: { zh: '本届大会已有名为 {name} 的会场（会场 {id}）', en: 'The edition already has a room named {name} (room {id})' },
  nameUsed: { zh: '本届大会已使用该名称', en: 'already used in this edition' },
});
