import { messages } from '../common/i18n/catalogue';

/** What the schedule rules say, in both languages; `{session}`, `{room}`, `{speaker}`… are names, quoted by the caller. */
export const CONFLICT_MESSAGES = messages({
  capacityAboveRoom: {
    zh: '名额 {capacity} 超过会场{room}的 {seats} 个座位：请先扩大会场，或最多提供 {most} 个名额',
    en: 'Capacity {capacity} is above the {seats} seats of the room {room}: make the room bigger first, or offer at most {most} seats',
  },
  endsBeforeStart: { zh: '活动的结束时间应晚于开始时间', en: 'The session must end after it starts' },
  outsideEdition: {
    zh: '活动日期（{days}）不在大会日期 {startDate} 至 {endDate}（{timeZone}）之内',
    en: "The session ({days}) lies outside the edition's days {startDate} to {endDate} ({timeZone})",
  },
  datesToBeAnnounced: {
    zh: '大会日期待定：请先确定大会日期，再为活动安排时间（活动可不设时间，列于“时间待定”）',
    en: "The edition's dates are still to be announced: set them before giving a session a time (a session without a time is listed under “time to be announced”)",
  },
  dayRange: { zh: '{first} 至 {last}', en: '{first} to {last}' },
  roomOverlap: { zh: '与{session}（场次 {id}）在同一会场{room}时间重叠', en: 'Overlaps {session} (session {id}) in the same room {room}' },
  speakerOverlap: { zh: '{speaker}同时在{session}（场次 {id}{edition}）', en: '{speaker} is also in {session} (session {id}{edition}) at the same time' },
  hostOverlap: { zh: '{organization}同时主办分论坛{session}（场次 {id}{edition}）', en: '{organization} also hosts the sub-forum {session} (session {id}{edition}) at the same time' },
  inEdition: { zh: '，{edition}', en: ', {edition}' },
  withOrganization: { zh: '{person}（{organization}）', en: '{person} ({organization})' },
});
