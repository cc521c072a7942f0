import { messages } from '../common/i18n/catalogue';

/** What protocol seating says, in both languages. */
export const SEATING_MESSAGES = messages({
  conventionChinese: { zh: '中方惯例（左为上）', en: 'Chinese convention (left is senior)' },
  conventionInternational: { zh: '国际惯例（右为上）', en: 'International convention (right is senior)' },
  guestNotInEdition: { zh: '嘉宾 {id} 不是本届大会的嘉宾', en: 'Guest {id} is not a guest of this edition' },
  guestNotInEdition_field: { zh: '含有不属于本届大会的嘉宾', en: 'names a guest of another edition' },
  notSeated: { zh: '嘉宾 {id} 不在本场座次中', en: 'Guest {id} has no seat in this session' },
  notSeated_field: { zh: '不在座次中', en: 'has no seat' },
  sameGuest: { zh: '请选择两位不同的嘉宾', en: 'Choose two different guests' },
  sameGuest_field: { zh: '与另一位嘉宾相同', en: 'is the same guest' },
  tooManySeats: { zh: '座位总数不能超过 {max} 个', en: 'At most {max} seats in all' },
});
