import { messages } from '../common/i18n/catalogue';

/** What the guests module says when it refuses or reports, in both languages. */
export const GUEST_MESSAGES = messages({
  notFound: { zh: '没有编号为 {id} 的嘉宾', en: 'No guest with id {id}' },
  notFoundForCode: { zh: '没有参会码为 {code} 的邀请，或链接已失效', en: 'No invitation with code {code}, or the link is no longer valid' },
  contactRequired: { zh: '手机号码和邮箱至少填写一项', en: 'give a phone number or an e-mail address' },
  phoneInvalid: { zh: '“{value}”不是有效的手机号码', en: '“{value}” is not a valid phone number' },
  emailInvalid: { zh: '“{value}”不是有效的邮箱', en: '“{value}” is not a valid e-mail address' },
  phoneTaken: { zh: '本届已有手机号码为 {phone} 的嘉宾（{name}）', en: 'A guest of this edition already has the phone number {phone} ({name})' },
  emailTaken: { zh: '本届已有邮箱为 {email} 的嘉宾（{name}）', en: 'A guest of this edition already has the e-mail address {email} ({name})' },
  alreadyUsed: { zh: '已被本届另一位嘉宾使用', en: 'already used by another guest of this edition' },
  rankUnknown: { zh: '级别“{rank}”不在本届的级别列表中（{ranks}）', en: 'The rank “{rank}” is not in this edition’s list of ranks ({ranks})' },
  noRanks: { zh: '本届尚未设置级别列表', en: 'this edition has no list of ranks yet' },
  rankDuplicate: { zh: '级别“{rank}”重复', en: 'the rank “{rank}” is listed twice' },
  rankInUse: { zh: '级别“{rank}”仍有 {count} 位嘉宾使用，不能删除', en: 'The rank “{rank}” is still held by {count} guests and cannot be removed' },
  sessionNotInEdition: { zh: '场次 {id} 不属于本届大会', en: 'Session {id} is not part of this edition' },
  sessionUnknown: { zh: '场次“{session}”不属于本届大会', en: 'The session “{session}” is not part of this edition' },
  deputyNotRequested: { zh: '该嘉宾没有待审核的换人申请', en: 'This guest has no deputy awaiting approval' },
  replyClosed: { zh: '本届大会已结束，不能再回复', en: 'The edition has ended; replies are closed' },
  deputyFieldsRequired: { zh: '换人出席时须填写代表的姓名和手机号码', en: 'a deputy needs a name and a phone number' },
  noAddress: { zh: '该嘉宾没有邮箱或手机号码，无法发送邀请', en: 'This guest has no e-mail address or phone number to send the invitation to' },
});
