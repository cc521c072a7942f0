import { messages } from '../../common/i18n/catalogue';

/** Words of the console's forms that are LocalTexts in a model (hints, option labels, notices). */
export const CONSOLE_TEXT = messages({
  wallTimeHint: { zh: '大会当地时间（{zone}）', en: "The edition's local time ({zone})" },
  dayHint: { zh: '仅用于时间待定的活动', en: 'For a session without times only' },
  capacityHint: { zh: '留空则以会场座位数为上限', en: "Leave empty: the room's seats are the limit" },
  noRoomChosen: { zh: '（未定）', en: '(none)' },
  status_scheduled: { zh: '正常', en: 'Scheduled' },
  status_cancelled: { zh: '已取消', en: 'Cancelled' },
  roomCapacityHint: { zh: '座位数；留空表示不限', en: 'Seats; leave empty for no limit' },
  displayOrderHint: { zh: '日程表中会场从左到右的顺序', en: 'Order of the rooms on the board, left to right' },
  speakerName: { zh: '姓名', en: 'Name' },
  speakerNameEn: { zh: '姓名（英文）', en: 'Name in English' },
  speakerTitle: { zh: '职务', en: 'Position' },
  speakerTitleEn: { zh: '职务（英文）', en: 'Position in English' },
});
