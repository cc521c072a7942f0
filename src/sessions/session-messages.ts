import { messages } from '../common/i18n/catalogue';

/** What the sessions module says when it refuses, in both languages. */
export const SESSION_MESSAGES = messages({
  notFound: { zh: '没有编号为 {id} 的活动', en: 'No session with id {id}' },
  capacityBelowTaken: {
    zh: '该活动已有 {taken} 个名额被占用：名额最少可降到 {taken}（要更低，请先取消报名）',
    en: '{taken} seats of this session are already taken: its capacity can go down to {taken}, not below (cancel registrations first to go lower)',
  },
  atLeast: { zh: '至少为 {taken}，即已占用的名额', en: 'at least {taken}, the seats already taken' },
  roomTooSmall: {
    zh: '该活动已有 {taken} 个名额被占用，多于限制它的会场「{room}」的 {seats} 个座位：请扩大会场、换一个更大的会场，或将活动名额设为 {taken}',
    en: '{taken} seats of this session are already taken, more than the {seats} seats of the room 「{room}」 that would limit it: make the room bigger, choose a bigger room, or give the session a capacity of {taken}',
  },
  roomSeatsTaken: { zh: '会场有 {seats} 个座位；已占用 {taken} 个', en: 'the room has {seats} seats; {taken} are taken' },
  capacityRaced: { zh: '该活动已占用的名额多于新的名额', en: 'More seats of this session are taken than the new capacity' },
  belowTaken: { zh: '少于已占用的名额', en: 'below the seats already taken' },
  needsKindAndTitle: { zh: '活动需要类型和标题', en: 'A session needs a kind and a title' },
  bothTimes: { zh: '请同时填写开始时间和结束时间，或都不填（时间待定）', en: 'Give both startsAt and endsAt, or neither for an unscheduled session' },
  otherTimeGiven: { zh: '填写了另一个时间时为必填项', en: 'required when the other time is given' },
  noRoom: { zh: '本届大会（{editionId}）没有编号为 {roomId} 的会场', en: 'no room {roomId} in edition {editionId}' },
  noOrganization: { zh: '没有编号为 {id} 的单位', en: 'no organization with id {id}' },
  notCalendarDate: { zh: '“{value}”不是有效的日期', en: '"{value}" is not a calendar date' },
});
