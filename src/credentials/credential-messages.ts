import { messages } from '../common/i18n/catalogue';

/** Why the credentials module refuses, and what it prints, in both languages. */
export const CREDENTIAL_MESSAGES = messages({
  tierNotFound: { zh: '没有证件类别 {id}', en: 'no credential tier {id}' },
  tierOtherEdition: { zh: '证件类别 {id} 属于另一届大会', en: 'credential tier {id} belongs to another edition' },
  tierNameTaken: { zh: '本届大会已有名为“{name}”的证件类别', en: 'this edition already has a credential tier named “{name}”' },
  tierInUse: { zh: '已有参会者持有“{name}”，请先改发其他证件', en: 'attendees hold “{name}”: give them another tier first' },
  lastDefault: { zh: '每届大会须有一个默认证件类别；请把另一类别设为默认', en: 'every edition needs a default tier: make another tier the default instead' },
  sessionNotInEdition: { zh: '场次 {id} 不属于本届大会', en: 'session {id} is not in this edition' },
  registrationNotFound: { zh: '没有报名 {code}', en: 'no registration {code}' },
  guestNotFound: { zh: '没有编号为 {id} 的嘉宾', en: 'no guest {id}' },
  nothingToPrint: { zh: '没有符合条件的参会者', en: 'nobody matches' },
});

/**
 * The tiers an edition starts with (its organizers rename, recolour and restrict them): guests,
 * delegates (the default), press and staff, each admitting everywhere until told otherwise.
 */
export const DEFAULT_TIERS = [
  { name: '嘉宾证', nameEn: 'Guest', color: '#c0392b', isDefault: false },
  { name: '代表证', nameEn: 'Delegate', color: '#1f5fbf', isDefault: true },
  { name: '媒体证', nameEn: 'Press', color: '#1e8449', isDefault: false },
  { name: '工作证', nameEn: 'Staff', color: '#e67e22', isDefault: false },
] as const;

/**
 * The tier a guest holds, by the category the guest list gives them (guests have no registration
 * to assign one to): found by the default tiers' names, else the edition's default tier.
 */
export const GUEST_CATEGORY_TIERS: Record<string, string> = { guest: '嘉宾证', speaker: '嘉宾证', media: '媒体证', staff: '工作证' };
