import { messages } from '../common/i18n/catalogue';

/** What the rooms module says when it refuses, in both languages. */
export const ROOM_MESSAGES = messages({
  notFound: { zh: '没有编号为 {id} 的会场', en: 'No room with id {id}' },
  sessionsAbove: {
    zh: '该会场中的活动自设的名额多于 {capacity} 个：{sessions}；请先降低它们的名额',
    en: 'Sessions in this room offer more than {capacity} seats of their own: {sessions}; lower their capacity first',
  },
  sessionSeats: { zh: '「{title}」（场次 {id}，名额 {capacity}）', en: '「{title}」 (session {id}, capacity {capacity})' },
  belowSessions: { zh: '少于会场中活动的名额', en: 'below the capacity of sessions held in the room' },
  boundSessionsFull: {
    zh: '该会场中未自设名额的活动已有超过 {capacity} 个名额被占用：{sessions}；会场最多只能缩小到已占用的名额数',
    en: 'Sessions in this room without a capacity of their own have more than {capacity} seats taken: {sessions}; the room can shrink to the seats taken, not below',
  },
  sessionTaken: { zh: '「{title}」（场次 {id}，已占用 {taken} 个）', en: '「{title}」 (session {id}, {taken} taken)' },
  belowTaken: { zh: '少于会场中某活动已占用的名额', en: 'below the seats already taken in a session held in the room' },
  nameTaken: { zh: '本届大会已有名为 {name} 的会场（会场 {id}）', en: 'The edition already has a room named {name} (room {id})' },
  nameUsed: { zh: '本届大会已使用该名称', en: 'already used in this edition' },
});
