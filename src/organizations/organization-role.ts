import { labelledKinds } from '../common/labelled-kinds';

/**
 * The roles an organization can hold in an edition or a session, in the order a programme
 * lists them (指导, 主办, 承办, 协办, 支持, 赞助, 媒体支持).
 */
const roles = labelledKinds({
  guide: { zh: '指导单位', en: 'Under the Guidance of' },
  host: { zh: '主办单位', en: 'Hosted by' },
  organizer: { zh: '承办单位', en: 'Organized by' },
  co_organizer: { zh: '协办单位', en: 'Co-organized by' },
  supporter: { zh: '支持单位', en: 'Supported by' },
  sponsor: { zh: '赞助单位', en: 'Sponsors' },
  media_partner: { zh: '媒体支持', en: 'Media Partners' },
});
export const ORGANIZATION_ROLES = roles.values;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];
/** The headings programmes print above each role, in both languages (pages, PDFs, co-host tables). */
export const ORGANIZATION_ROLE_LABELS = roles.labels;

/**
 * What kind of body an organization is. `committee` is a standing committee (专业委员会) or the
 * party committee of a body, `alliance` a union of members such as the integrity alliance.
 */
export const ORGANIZATION_KINDS = [
  'government',
  'social_organization',
  'enterprise',
  'media',
  'committee',
  'alliance',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/**
 * How one organization stands to another, as the documents put it: a member of the federation
 * in a tier, a founder (发起单位) of an alliance, a committee of its parent body, a body under its
 * supervising authority (业务主管单位).
 */
export const ORGANIZATION_RELATIONS = ['member_of', 'founder_of', 'committee_of', 'supervised_by'] as const;
export type OrganizationRelationKind = (typeof ORGANIZATION_RELATIONS)[number];

const tiers = labelledKinds({
  executive_council_member: { zh: '常务理事单位', en: 'Executive council member' },
  council_member: { zh: '理事单位', en: 'Council member' },
  member: { zh: '会员单位', en: 'Member' },
});
/** Membership tiers in the federation, highest first. */
export const MEMBERSHIP_TIERS = tiers.values;
export type MembershipTier = (typeof MEMBERSHIP_TIERS)[number];
export const MEMBERSHIP_TIER_LABELS = tiers.labels;
