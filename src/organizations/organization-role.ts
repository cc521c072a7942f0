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

export const ORGANIZATION_KINDS = [
  'government',
  'social_organization',
  'enterprise',
  'media',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
