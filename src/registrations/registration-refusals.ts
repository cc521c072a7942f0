import { messages } from '../common/i18n/catalogue';

/**
 * Why the registrations module refuses, in both languages. (What attendees are sent is
 * registration-messages.ts, worded by the notification templates.)
 */
export const REGISTRATION_REFUSALS = messages({
  editionCancelled: { zh: '本届大会已取消', en: 'the edition is cancelled' },
  editionEnded: { zh: '本届大会已于 {endDate} 结束', en: 'the edition ended on {endDate}' },
  unannounced: { zh: '议程尚未发布', en: 'no program has been published yet' },
  editionOpens: { zh: '报名将于 {at} 开始', en: 'registration opens at {at}' },
  editionClosed: { zh: '报名已于 {at} 截止', en: 'registration closed at {at}' },
  sessionOpens: { zh: '场次 {id} 的报名将于 {at} 开始', en: 'registration for session {id} opens at {at}' },
  sessionClosed: { zh: '场次 {id} 的报名已于 {at} 截止', en: 'registration for session {id} closed at {at}' },
  unknownSession: { zh: '没有场次 {id}', en: 'no session {id}' },
  otherEdition: { zh: '场次 {id} 属于另一届大会', en: 'session {id} belongs to another edition' },
  unpublished: { zh: '场次 {id} 不在已发布的议程中', en: 'session {id} is not in the published program' },
  cancelled: { zh: '场次 {id} 已取消', en: 'session {id} is cancelled' },
  cannotRegister: { zh: '无法报名：{details}', en: 'Cannot register: {details}' },
  badIdempotencyKey: { zh: '应为 8–100 个字母、数字或 _ . : -', en: 'must be 8-100 letters, digits or _ . : -' },
  badPhone: { zh: '应为中国大陆 11 位手机号，或以 + 开头的国际号码', en: 'must be a mainland mobile number (11 digits) or an international number starting with +' },
  full: { zh: '{edition}名额已满：{capacity} 个名额已全部报满', en: '{edition} is full: all {capacity} places are taken' },
  editionFull: { zh: '本届大会名额已满', en: 'the edition is full' },
  registrationIs: { zh: '该报名的状态为 {status}', en: 'This registration is {status}' },
  registrationIsField: { zh: '报名状态为 {status}', en: 'registration is {status}' },
  noPlace: { zh: '该报名在场次 {id} 中没有名额', en: 'This registration has no place in session {id}' },
  emailTaken: {
    zh: '{email} 已报名本届大会。请使用确认邮件中的链接查看或修改报名；遗失链接可在 {resend} 重新获取（{route}）。',
    en: '{email} is already registered for this edition. Use the link in the confirmation message to see or change the registration; lost it? Get it again at {resend} ({route}).',
  },
  emailTakenField: { zh: '该邮箱已报名本届大会', en: 'already registered for this edition' },
  noSessionChosen: { zh: '请至少选择一个场次', en: 'choose at least one session' },
  chooseSessions: {
    zh: '请至少选择一个场次：本届大会按场次报名（仅当议程中没有可报名的场次时，sessionIds 才可以为空）',
    en: 'Choose at least one session: this edition is registered for session by session (sessionIds may be empty only when its program has no session to register for)',
  },
  noticeChanged: { zh: '个人信息处理告知已更新为版本 {current}，请阅读后重新同意', en: 'The privacy notice is now version {current}; read it and consent again' },
  noticeVersionStale: { zh: '同意的告知版本（{version}）不是当前版本 {current}', en: '"{version}" is not the current privacy notice version ({current})' },
  resendTooOften: { zh: '申请过于频繁，请 {minutes} 分钟后再试', en: 'Too many requests; try again in {minutes} min' },
  resendTooOftenField: { zh: '该邮箱或本机申请重新发送的次数过多', en: 'asked for too often from here or for this address' },
  waitSeconds: { zh: '{n} 秒', en: '{n} seconds' },
  waitMinutes: { zh: '{n} 分钟', en: '{n} minutes' },
  waitHours: { zh: '{n} 小时', en: '{n} hours' },
  tooManyFromAddress: {
    zh: '来自您所在网络地址的报名过多，请 {wait}后再试；如需为多人集体报名，请联系主办方。',
    en: 'Too many registrations from your network address; try again in {wait}, or ask the organizers to register a group.',
  },
  tooManyForEdition: { zh: '本届大会此刻收到的报名过多，请 {wait}后再试。', en: 'This edition is receiving too many registrations right now; try again in {wait}.' },
  tooManyForRecipient: {
    zh: '该邮箱近期已收到过多报名邮件，请 {wait}后再试，或使用其他邮箱。',
    en: 'This mailbox has been sent too many registration messages; try again in {wait}, or use another e-mail address.',
  },
  challengeRequired: {
    zh: '{failed}报名异常频繁，此次报名需先完成验证：在报名页面由浏览器自动完成；通过 API 报名时，请先 GET /api/editions/{editionId}/registration-challenge，求得 nonce 后将 "<challenge>.<nonce>" 作为 proof 字段提交。',
    en: '{failed}Unusually many registrations: this one needs a solved challenge. On the registration page your browser solves it; by API, GET /api/editions/{editionId}/registration-challenge, find the nonce and send "<challenge>.<nonce>" as proof.',
  },
  challengeFailed: { zh: '验证答案无效、已过期或已使用。', en: 'The challenge solution is invalid, expired or already used. ' },
  notFound: { zh: '没有报名 {code}', en: 'No registration {code}' },
  notFoundForToken: { zh: '该令牌下没有报名 {code}', en: 'No registration {code} for this token' },
  notPending: { zh: '报名 {code} 的状态为 {status}，不是待审核', en: 'Registration {code} is {status}, not pending' },
  decidedMeanwhile: { zh: '报名 {code} 已被他人处理', en: 'Registration {code} was decided meanwhile' },
  notWaitlisted: { zh: '{code} 不在场次 {sessionId} 的候补名单中', en: '{code} is not on the waitlist of session {sessionId}' },
  notWaitlistedField: { zh: '不在该场次的候补名单中', en: 'not waitlisted there' },
  noFreeSeat: { zh: '场次 {sessionId} 没有空余名额，请先增加名额', en: 'Session {sessionId} has no free seat; raise its capacity first' },
  noFreeSeatField: { zh: '没有空余名额', en: 'no free seat' },
  onlyConfirmedCheckIn: { zh: '报名 {code} 的状态为 {status}；只有已确认的参会者可以签到', en: 'Registration {code} is {status}; only confirmed attendees check in' },
  alreadyCheckedIn: { zh: '{code} 已于 {at} 签到', en: '{code} already checked in at {at}' },
  checkedInAt: { zh: '已于 {at} 签到', en: 'checked in at {at}' },
});
