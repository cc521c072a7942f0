import { labelledKinds } from '../common/labelled-kinds';

/** The kinds of item a programme lists, in the order it lists them, with their headings in both languages. */
const kinds = labelledKinds({
  opening_ceremony: { zh: '开幕式', en: 'Opening ceremony' },
  main_forum: { zh: '主论坛', en: 'Main forum' },
  sub_forum: { zh: '分论坛', en: 'Sub-forum' },
  summit: { zh: '高峰论坛', en: 'Summit' },
  seminar: { zh: '研讨会', en: 'Seminar' },
  side_event: { zh: '边会', en: 'Side event' },
  launch_event: { zh: '发布活动', en: 'Launch event' },
  exhibition: { zh: '展览', en: 'Exhibition' },
  break: { zh: '茶歇', en: 'Break' },
});
export const SESSION_KINDS = kinds.values;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const SESSION_KIND_LABELS = kinds.labels;

export const SESSION_STATUSES = ['scheduled', 'cancelled'] as const;
/** A cancelled session is kept, so programs and subscribed calendars can show it as cancelled. */
export type SessionStatus = (typeof SESSION_STATUSES)[number];
