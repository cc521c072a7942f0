import { labelledKinds } from '../common/labelled-kinds';

/** Who a guest is at the conference (嘉宾/演讲嘉宾/媒体/工作人员…), in the order lists group them. */
export const GUEST_CATEGORY = labelledKinds({
  guest: { zh: '嘉宾', en: 'guest' },
  speaker: { zh: '演讲嘉宾', en: 'speaker' },
  media: { zh: '媒体', en: 'media' },
  staff: { zh: '工作人员', en: 'staff' },
  other: { zh: '其他', en: 'other' },
});
export const GUEST_CATEGORIES = GUEST_CATEGORY.values;
export type GuestCategory = (typeof GUEST_CATEGORIES)[number];

/** Needed to share a room (拼房): no mixed-gender sharing unless a room block allows it. */
export const GUEST_GENDER = labelledKinds({
  male: { zh: '男', en: 'male' },
  female: { zh: '女', en: 'female' },
});
export const GUEST_GENDERS = GUEST_GENDER.values;
export type GuestGender = (typeof GUEST_GENDERS)[number];

/**
 * The guest's reply (参会回执): not yet, coming, not coming, or sending someone in their place
 * (换人), which the organizer approves or refuses (`DeputyState`).
 */
export const GUEST_REPLY = labelledKinds({
  pending: { zh: '未回复', en: 'no reply yet' },
  attending: { zh: '出席', en: 'attending' },
  declined: { zh: '不出席', en: 'declined' },
  deputy: { zh: '换人出席', en: 'sends a deputy' },
});
export const GUEST_REPLIES = GUEST_REPLY.values;
export type GuestReply = (typeof GUEST_REPLIES)[number];

export const DEPUTY_STATE = labelledKinds({
  none: { zh: '无', en: 'none' },
  requested: { zh: '待审核', en: 'awaiting approval' },
  approved: { zh: '已同意', en: 'approved' },
  refused: { zh: '未同意', en: 'refused' },
});
export const DEPUTY_STATES = DEPUTY_STATE.values;
export type DeputyState = (typeof DEPUTY_STATES)[number];
