/**
 * The roles an organization can hold in an edition or a session, in the order a programme
 * lists them (指导, 主办, 承办, 协办, 支持, 赞助, 媒体支持).
 */
export const ORGANIZATION_ROLES = [
  'guide',
  'host',
  'organizer',
  'co_organizer',
  'supporter',
  'sponsor',
  'media_partner',
] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

export const ORGANIZATION_ROLE_LABELS: Record<OrganizationRole, { zh: string; en: string }> = {
  guide: { zh: '指导单位', en: 'Under the guidance of' },
  host: { zh: '主办单位', en: 'Hosts' },
  organizer: { zh: '承办单位', en: 'Organizers' },
  co_organizer: { zh: '协办单位', en: 'Co-organizers' },
  supporter: { zh: '支持单位', en: 'Supporters' },
  sponsor: { zh: '赞助单位', en: 'Sponsors' },
  media_partner: { zh: '媒体支持', en: 'Media partners' },
};

export const ORGANIZATION_KINDS = [
  'government',
  'social_organization',
  'enterprise',
  'media',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
