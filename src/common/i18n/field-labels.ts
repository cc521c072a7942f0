import 'reflect-metadata';
import { LocalText } from './local-text';

/**
 * What a field is called for people, by its name in the API. Errors name the field in words
 * (「邮箱」, "e-mail") and keep its path (`email`, `hosts[0].organizationId`) as the key of
 * `errors`. A request class whose field means something else than the usual (a person's
 * `name`) says so with `@FieldLabel`. Add a field here when you add it to a request.
 */
const LABELS: Record<string, { zh: string; en: string }> = {
  accountId: { zh: '账号', en: 'account' },
  address: { zh: '地址', en: 'address' },
  affiliation: { zh: '所属单位', en: 'affiliation' },
  affiliationEn: { zh: '所属单位（英文）', en: 'affiliation in English' },
  aliases: { zh: '别名', en: 'aliases' },
  at: { zh: '时间', en: 'time' },
  beds: { zh: '每间人数', en: 'people per room' },
  bio: { zh: '个人简介', en: 'biography' },
  bioEn: { zh: '个人简介（英文）', en: 'biography in English' },
  body: { zh: '请求内容', en: 'request body' },
  brand: { zh: '品牌活动', en: 'brand' },
  capacity: { zh: '名额', en: 'capacity' },
  category: { zh: '类别', en: 'category' },
  city: { zh: '城市', en: 'city' },
  cityEn: { zh: '城市（英文）', en: 'city in English' },
  checkedIn: { zh: '签到情况', en: 'checked in' },
  code: { zh: '参会码', en: 'registration code' },
  codes: { zh: '参会码', en: 'registration codes' },
  confirmationWindowMinutes: { zh: '确认时限（分钟）', en: 'confirmation window (minutes)' },
  contactEmail: { zh: '联系邮箱', en: 'contact e-mail' },
  contactName: { zh: '联系人', en: 'contact name' },
  contactPhone: { zh: '联系电话', en: 'contact phone' },
  currentPassword: { zh: '当前密码', en: 'current password' },
  day: { zh: '日期', en: 'day' },
  decision: { zh: '审核结果', en: 'decision' },
  deputyName: { zh: '代表姓名', en: 'deputy’s name' },
  deputyPhone: { zh: '代表手机号码', en: 'deputy’s phone number' },
  deputyTitle: { zh: '代表职务', en: 'deputy’s job title' },
  description: { zh: '简介', en: 'description' },
  descriptionEn: { zh: '简介（英文）', en: 'description in English' },
  direction: { zh: '行程方向', en: 'direction' },
  displayName: { zh: '显示名称', en: 'display name' },
  displayOrder: { zh: '排列顺序', en: 'display order' },
  driverName: { zh: '司机姓名', en: 'driver’s name' },
  driverPhone: { zh: '司机手机号码', en: 'driver’s phone number' },
  duplicateId: { zh: '重复的单位', en: 'duplicate organization' },
  editionId: { zh: '大会', en: 'edition' },
  email: { zh: '邮箱', en: 'e-mail' },
  endDate: { zh: '结束日期', en: 'end date' },
  endsAt: { zh: '结束时间', en: 'end time' },
  entityType: { zh: '记录类型', en: 'record type' },
  firstNight: { zh: '入住日期', en: 'first night' },
  gender: { zh: '性别', en: 'gender' },
  guestId: { zh: '嘉宾', en: 'guest' },
  hosts: { zh: '主办单位', en: 'hosts' },
  hotelId: { zh: '酒店', en: 'hotel' },
  id: { zh: '编号', en: 'id' },
  'Idempotency-Key': { zh: '请求幂等键（Idempotency-Key）', en: 'Idempotency-Key header' },
  idOrSlug: { zh: '编号或标识', en: 'id or slug' },
  inviteOnly: { zh: '仅限受邀嘉宾', en: 'invite only' },
  kind: { zh: '类型', en: 'kind' },
  lang: { zh: '语言', en: 'language' },
  logo: { zh: '标志图片', en: 'logo' },
  meetingPoint: { zh: '接站地点', en: 'meeting point' },
  mixedGenderAllowed: { zh: '允许男女混住', en: 'mixed-gender sharing allowed' },
  mode: { zh: '交通方式', en: 'means of travel' },
  name: { zh: '名称', en: 'name' },
  nameEn: { zh: '英文名称', en: 'English name' },
  needsRoom: { zh: '需要住房', en: 'needs a room' },
  newPassword: { zh: '新密码', en: 'new password' },
  nights: { zh: '晚数', en: 'nights' },
  note: { zh: '版本说明', en: 'release note' },
  number: { zh: '航班/车次', en: 'flight or train number' },
  officialName: { zh: '正式名称', en: 'official name' },
  ordinal: { zh: '届次', en: 'ordinal' },
  organization: { zh: '工作单位', en: 'organization' },
  organizationId: { zh: '单位', en: 'organization' },
  password: { zh: '密码', en: 'password' },
  phone: { zh: '手机号码', en: 'phone number' },
  plate: { zh: '车牌号', en: 'number plate' },
  priceBand: { zh: '价格区间', en: 'price band' },
  printedName: { zh: '印刷名称', en: 'printed name' },
  priority: { zh: '分配顺序', en: 'allocation order' },
  privacyConsent: { zh: '同意个人信息处理告知', en: 'consent to the privacy notice' },
  privacyNoticeVersion: { zh: '个人信息处理告知版本', en: 'privacy notice version' },
  proof: { zh: '验证答案', en: 'challenge solution' },
  province: { zh: '省份', en: 'province' },
  runBy: { zh: '举办方', en: 'run by' },
  q: { zh: '搜索词', en: 'search text' },
  rank: { zh: '级别', en: 'rank' },
  ranks: { zh: '级别列表', en: 'ranks' },
  reason: { zh: '原因', en: 'reason' },
  registration: { zh: '报名', en: 'registration' },
  registrationCapacity: { zh: '报名人数上限', en: 'registration capacity' },
  registrationConfirmation: { zh: '报名确认方式', en: 'registration confirmation' },
  registrationClosesAt: { zh: '报名截止时间', en: 'registration closing time' },
  registrationOpensAt: { zh: '报名开始时间', en: 'registration opening time' },
  reply: { zh: '回执', en: 'reply' },
  requiresApproval: { zh: '是否需要审核', en: 'approval required' },
  role: { zh: '角色', en: 'role' },
  roleIds: { zh: '角色顺序', en: 'role order' },
  roles: { zh: '角色', en: 'roles' },
  roomCount: { zh: '房间数', en: 'number of rooms' },
  roomId: { zh: '会场', en: 'room' },
  roomType: { zh: '房型', en: 'room type' },
  seats: { zh: '座位数', en: 'seats' },
  seatStatus: { zh: '座位状态', en: 'seat status' },
  shareContact: { zh: '是否公开联系方式', en: 'share contact details' },
  sharingAllowed: { zh: '允许拼房', en: 'sharing allowed' },
  signature: { zh: '签名', en: 'signature' },
  sessionId: { zh: '场次', en: 'session' },
  sessionIds: { zh: '场次', en: 'sessions' },
  shortName: { zh: '简称', en: 'short name' },
  size: { zh: '纸张大小', en: 'paper size' },
  slug: { zh: '标识', en: 'slug' },
  speakerId: { zh: '嘉宾', en: 'speaker' },
  sponsorTier: { zh: '赞助级别', en: 'sponsor tier' },
  startDate: { zh: '开始日期', en: 'start date' },
  startsAt: { zh: '开始时间', en: 'start time' },
  station: { zh: '机场/车站', en: 'airport or station' },
  status: { zh: '状态', en: 'status' },
  text: { zh: '正文', en: 'text' },
  textEn: { zh: '英文正文', en: 'text in English' },
  theme: { zh: '主题', en: 'theme' },
  themeEn: { zh: '主题（英文）', en: 'theme in English' },
  timeZone: { zh: '时区', en: 'time zone' },
  title: { zh: '标题', en: 'title' },
  titleEn: { zh: '英文标题', en: 'English title' },
  token: { zh: '令牌', en: 'token' },
  tripIds: { zh: '抵达行程', en: 'arrivals' },
  vehicleId: { zh: '车辆', en: 'vehicle' },
  venue: { zh: '地点', en: 'venue' },
  version: { zh: '版本', en: 'version' },
  venueEn: { zh: '地点（英文）', en: 'venue in English' },
  website: { zh: '网址', en: 'website' },
  year: { zh: '年份', en: 'year' },
};

const FIELD_LABEL = Symbol('huiwu:fieldLabel');

/** This request's field is called so (a person's `name` is 姓名, not 名称). */
export function FieldLabel(zh: string, en: string): PropertyDecorator {
  return (target, property) => Reflect.defineMetadata(FIELD_LABEL, { zh, en }, target, property);
}

/** A field's name in words, without quotes: its request's own label, the shared one, or the name itself. */
export function fieldWords(property: string, owner?: object): { zh: string; en: string } {
  const own = owner ? (Reflect.getMetadata(FIELD_LABEL, owner, property) as { zh: string; en: string } | undefined) : undefined;
  return own ?? LABELS[property] ?? { zh: property, en: property };
}

/**
 * A field as errors name it: 「邮箱」 / "e-mail"; inside a list, with the item's place:
 * 「单位」（主办单位第 1 项） / "organization (hosts item 1)". `owner` is the object that holds
 * the last field (class-validator's `target`), for its own labels.
 */
export function fieldLabel(path: string, owner?: object): LocalText {
  const parts = path.split(/\.|(?=\[)/);
  const leaf = parts[parts.length - 1];
  const leafIndex = /^\[(\d+)\]$/.exec(leaf);
  if (leafIndex && parts.length > 1) {
    const list = fieldWords(parts[parts.length - 2]);
    const n = Number(leafIndex[1]) + 1;
    return new LocalText(`「${list.zh}」第 ${n} 项`, `${list.en} item ${n}`);
  }
  const words = fieldWords(leaf, owner);
  const at = [...parts].reverse().findIndex((p, i) => i > 0 && /^\[\d+\]$/.test(p));
  if (at > 0) {
    const index = parts.length - 1 - at;
    const list = fieldWords(parts[index - 1] ?? '');
    const n = Number(/\d+/.exec(parts[index])![0]) + 1;
    return new LocalText(`「${words.zh}」（${list.zh}第 ${n} 项）`, `${words.en} (${list.en} item ${n})`);
  }
  return new LocalText(`「${words.zh}」`, words.en);
}

/**
 * The message of a refusal about fields: each field's own words joined (「开始日期」：“2026-02-30”不是有效的日期),
 * for services that check fields themselves, after the validation pipe.
 */
export function fieldsRefused(errors: Record<string, LocalText | string>): LocalText {
  const parts = Object.entries(errors).map(([path, words]) => {
    const label = fieldLabel(path);
    const text = typeof words === 'string' ? new LocalText(words, words) : words;
    return new LocalText(`${label.zh}：${text.zh}`, `${label.en.charAt(0).toUpperCase()}${label.en.slice(1)}: ${text.en}`);
  });
  return new LocalText(parts.map((p) => p.zh).join('；'), parts.map((p) => p.en).join('; '));
}
