import { messages } from './catalogue';

/**
 * Words every module shares: why a field is refused (by class-validator's constraint name, with
 * `{field}` the field's label and `{0}`, `{1}` the constraint's values), and the generic answers
 * of the exception filter and the path pipes.
 */
export const FIELD_MESSAGES = messages({
  required: { zh: '{field}为必填项', en: '{field} is required' },
  notAccepted: { zh: '{field}不是可接受的字段', en: '{field} is not an accepted field' },
  isString: { zh: '{field}应为文本', en: '{field} must be text' },
  isInt: { zh: '{field}应为整数', en: '{field} must be a whole number' },
  isNumber: { zh: '{field}应为数字', en: '{field} must be a number' },
  isBoolean: { zh: '{field}应为 true 或 false', en: '{field} must be true or false' },
  min: { zh: '{field}不能小于 {0}', en: '{field} must be at least {0}' },
  max: { zh: '{field}不能大于 {0}', en: '{field} must be at most {0}' },
  minLength: { zh: '{field}至少 {0} 个字', en: '{field} must have at least {0} characters' },
  maxLength: { zh: '{field}最多 {0} 个字', en: '{field} must have at most {0} characters' },
  isEmail: { zh: '{field}不是有效的邮箱地址', en: '{field} must be a valid e-mail address' },
  isIn: { zh: '{field}应为以下之一：{0}', en: '{field} must be one of {0}' },
  matches: { zh: '{field}格式不正确', en: '{field} is not in the expected form' },
  isArray: { zh: '{field}应为列表', en: '{field} must be a list' },
  arrayMinSize: { zh: '{field}至少要有 {0} 项', en: '{field} must have at least {0} items' },
  arrayMaxSize: { zh: '{field}最多 {0} 项', en: '{field} must have at most {0} items' },
  arrayUnique: { zh: '{field}不能有重复项', en: '{field} must not repeat an item' },
  isUrl: { zh: '{field}不是有效的网址', en: '{field} must be a valid web address' },
  isISO8601: { zh: '{field}应为带时区的日期时间（ISO 8601）', en: '{field} must be an ISO 8601 date-time with an offset' },
  isObject: { zh: '{field}应为对象', en: '{field} must be an object' },
  nestedValidation: { zh: '{field}应为对象', en: '{field} must be an object' },
  invalid: { zh: '{field}填写有误', en: '{field} is invalid' },
  plainName: { zh: '{field}不能包含链接、网址或邮箱地址', en: '{field} must not contain a link, web address or e-mail address' },
  eachOf: { zh: '{field}中的每一项', en: 'each of {field}' },
  idParam: { zh: '{field}应为正整数，收到的是“{value}”', en: '{field} must be a positive integer, got "{value}"' },
  idOrSlugParam: { zh: '{field}应为正整数编号，或由小写字母、数字和连字符组成的标识', en: '{field} must be a positive integer id or a slug of lower-case letters, digits and hyphens' },
  slugParam: { zh: '{field}应由小写字母、数字和连字符组成', en: '{field} must be lower-case letters, digits and hyphens' },
  noSuchLocalTime: { zh: '{field}：“{value}”在 {timeZone} 不是存在的时间', en: '{field}: "{value}" is not a time that exists in {timeZone}' },
  bodyNotObject: { zh: '请求内容应为 JSON 对象', en: 'The body must be a JSON object' },
  bodyTooDeep: { zh: '请求内容嵌套超过 {max} 层', en: 'The body must not nest deeper than {max} levels' },
});

export const HTTP_MESSAGES = messages({
  notFound: { zh: '找不到所请求的内容', en: 'Not found' },
  duplicate: { zh: '与已有的内容冲突', en: 'This conflicts with something that already exists' },
  databaseUnavailable: { zh: '数据库暂时不可用，请稍后重试', en: 'The database is unavailable; try again shortly' },
  databaseBusy: { zh: '数据库繁忙，请稍后重试', en: 'The database is busy; try again in a moment' },
  serverError: { zh: '服务器出错了，问题已记录', en: 'Something went wrong on our side; it has been logged' },
  badRequest: { zh: '请求有误', en: 'Bad request' },
});
