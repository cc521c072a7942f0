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

/** What the import says about a file and its rows. */
export const GUEST_IMPORT_MESSAGES = messages({
  noHeader: { zh: '文件的前五行中没有找到表头（至少要有“姓名”一列）', en: 'No header row among the first five rows of the file (it needs at least a “姓名” column)' },
  unreadable: { zh: '无法读取该文件，请上传 .xlsx 或 CSV 文件', en: 'The file cannot be read; upload an .xlsx or CSV file' },
  tooManyRows: { zh: '文件超过 {max} 行，请分批导入', en: 'The file has more than {max} rows; import it in parts' },
  empty: { zh: '文件中没有数据行', en: 'The file has no data rows' },
  nameRequired: { zh: '姓名为必填项', en: 'the name is required' },
  nameTooLong: { zh: '姓名最多 100 个字', en: 'the name has at most 100 characters' },
  tooLong: { zh: '最多 {max} 个字', en: 'at most {max} characters' },
  genderUnknown: { zh: '“{value}”不是有效的性别（男或女）', en: '“{value}” is not a gender (男 or 女)' },
  categoryUnknown: { zh: '“{value}”不是有效的类别（{categories}）', en: '“{value}” is not a category ({categories})' },
  yesNoUnknown: { zh: '“{value}”应为“是”或“否”', en: '“{value}” should be 是 or 否' },
  duplicateInFile: { zh: '与第 {row} 行重复', en: 'the same as row {row}' },
  twoGuests: { zh: '手机号码属于嘉宾 {phoneName}，邮箱属于嘉宾 {emailName}', en: 'the phone number is {phoneName}’s and the e-mail address {emailName}’s' },
  notFound: { zh: '没有编号为 {id} 的导入预览', en: 'No import preview with id {id}' },
  alreadyConfirmed: { zh: '该导入已于 {at} 确认，不能再次确认', en: 'This import was confirmed at {at} and cannot be confirmed again' },
  hasErrors: { zh: '文件中有 {count} 行有误，请修改后重新上传', en: '{count} rows of the file are refused; correct them and upload the file again' },
  changedMeanwhile: { zh: '第 {row} 行：{reason}（预览之后名单有变化，请重新上传）', en: 'Row {row}: {reason} (the list changed since the preview; upload the file again)' },
});

/** The replies dashboard's words. */
export const GUEST_REPLY_MESSAGES = messages({
  noSession: { zh: '（未指定场次）', en: '(no particular session)' },
});
