import { messages } from '../common/i18n/catalogue';

/** What a scan answers at the door, and why the check-in module refuses, in both languages. */
export const CHECK_IN_MESSAGES = messages({
  admitted: { zh: '准予入场', en: 'Admitted' },
  already: { zh: '已于 {at} 在{gate}签到（{by}）', en: 'Already checked in at {at}, {gate} ({by})' },
  wrongSession: { zh: '此票不能进入本入口的场次', en: 'Not valid for this session' },
  wrongZone: { zh: '{tier}不能进入{zone}', en: '{tier} does not admit to {zone}' },
  cancelled: { zh: '报名已取消', en: 'Registration cancelled' },
  editionCancelled: { zh: '本届大会已取消', en: 'The edition is cancelled' },
  guestDeclined: { zh: '嘉宾已回复不出席', en: 'The guest declined the invitation' },
  notInvited: { zh: '嘉宾未受邀参加本入口的场次', en: 'The guest is not invited to this session' },
  notConfirmed: { zh: '报名尚未确认', en: 'Registration not confirmed yet' },
  replaced: { zh: '此证已补打，旧证作废', en: 'This badge was reprinted: the old one is void' },
  unknown: { zh: '无效票码', en: 'Unknown code' },
  otherEdition: { zh: '这是另一届大会的票', en: 'A ticket for another edition' },
  gateNotFound: { zh: '没有入口 {id}', en: 'no gate {id}' },
  gateUsed: { zh: '入口“{name}”已有签到记录，不能删除', en: 'gate “{name}” has check-ins and cannot be removed' },
  sessionNotInEdition: { zh: '场次 {id} 不属于本届大会', en: 'session {id} is not in this edition' },
  scannedInFuture: { zh: '扫码时间晚于服务器时间', en: 'scanned later than the server’s clock' },
  unknownStaff: { zh: '未知人员', en: 'unknown staff' },
  wholeEdition: { zh: '全体场次', en: 'whole edition' },
});
