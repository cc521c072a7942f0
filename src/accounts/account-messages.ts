import { messages } from '../common/i18n/catalogue';

/** What the accounts module says when it refuses, in both languages. */
export const ACCOUNT_MESSAGES = messages({
  organizerHasNoOrganization: { zh: '组织者账号不属于任何单位', en: 'Organizer accounts belong to no organization' },
  leaveOutForOrganizers: { zh: '组织者账号不应填写', en: 'must be left out for organizer accounts' },
  noOrganization: { zh: '没有编号为 {id} 的单位', en: 'No organization with id {id}' },
  noSuchOrganization: { zh: '没有这个单位', en: 'no such organization' },
  emailTaken: { zh: '{email} 已有账号', en: 'An account for {email} already exists' },
  notYourself: { zh: '不能停用自己的账号', en: 'You cannot disable your own account' },
  notYourselfField: { zh: '是您自己的账号', en: 'is your own account' },
  lastOrganizer: { zh: '不能停用最后一个启用的组织者账号', en: 'The last enabled organizer account cannot be disabled' },
  lastOrganizerField: { zh: '是最后一个启用的组织者账号', en: 'is the last enabled organizer' },
  emailTakenField: { zh: '已有账号', en: 'already has an account' },
});
