import { messages } from '../common/i18n/catalogue';
import type { LocalText } from '../common/i18n/local-text';
import { named } from '../common/i18n/local-text';
import type { Capability } from './team-role';

/** What the permission check and team management say, in both languages. */
export const TEAM_MESSAGES = messages({
  noCapability: { zh: '该组织者路由未声明所需权限', en: 'This organizer route declares no permission' },
  notAllowed: { zh: '您的角色不能{capability}', en: 'Your role does not allow you to {capability}' },
  notAllowedHere: { zh: '您在此范围内的角色不能{capability}', en: 'Your role in this scope does not allow you to {capability}' },
  noSuchEdition: { zh: '没有这个大会', en: 'No such edition' },
  noSuchGrant: { zh: '没有编号为 {id} 的角色分配', en: 'No role assignment with id {id}' },
  noSuchAccount: { zh: '没有编号为 {id} 的账号', en: 'No account with id {id}' },
  noSuchAccountField: { zh: '没有这个账号', en: 'no such account' },
  notOrganizer: { zh: '只有组织者账号可以担任团队角色', en: 'Only organizer accounts hold team roles' },
  notOrganizerField: { zh: '不是组织者账号', en: 'not an organizer account' },
  oneScope: { zh: '请选择一个范围：全部、一个品牌活动或一届大会', en: 'Choose one scope: everything, one brand or one edition' },
  oneScopeField: { zh: '品牌活动与大会只能选一个', en: 'choose a brand or an edition, not both' },
  noSuchBrand: { zh: '没有品牌活动“{brand}”', en: 'No brand "{brand}"' },
  noSuchBrandField: { zh: '没有这个品牌活动', en: 'no such brand' },
  lastOwner: { zh: '这是最后一位全部范围的负责人，不能移除或降级', en: 'This is the last owner of everything; it cannot be removed or given a lesser role' },
  lastOwnerField: { zh: '最后一位负责人', en: 'the last owner' },
});

const CAPABILITY_WORDS: Record<Capability, { zh: string; en: string }> = {
  view: { zh: '查看此大会', en: 'see this edition' },
  check_in: { zh: '为参会者签到', en: 'check attendees in' },
  manage_registrations: { zh: '处理报名', en: 'handle registrations' },
  edit_schedule: { zh: '编辑日程', en: 'edit the schedule' },
  edit_edition: { zh: '修改大会设置', en: 'change the edition’s settings' },
  manage_team: { zh: '管理团队', en: 'manage the team' },
};

/** The capability as the words that finish "your role does not allow you to …". */
export function capabilityWords(capability: Capability): LocalText {
  return named(CAPABILITY_WORDS[capability].zh, CAPABILITY_WORDS[capability].en);
}
