import { labelledKinds } from '../common/labelled-kinds';

/**
 * The roles an organizer account holds in a scope (everything, one brand, or one edition), as
 * pretix's teams do: what each may do is the role's capabilities below, never a per-route list.
 */
export const { values: TEAM_ROLES, labels: TEAM_ROLE_LABELS } = labelledKinds({
  owner: { zh: '负责人', en: 'Owner' },
  editor: { zh: '编辑', en: 'Editor' },
  desk: { zh: '报名服务台', en: 'Registrations desk' },
  check_in: { zh: '签到人员', en: 'Check-in staff' },
  viewer: { zh: '只读', en: 'Viewer' },
});
export type TeamRole = (typeof TEAM_ROLES)[number];

/** What a route or page may require. Declared on every organizer route (`@EditionPermission(…)`). */
export const CAPABILITIES = ['view', 'check_in', 'manage_registrations', 'edit_schedule', 'edit_edition', 'manage_team'] as const;
export type Capability = (typeof CAPABILITIES)[number];

const ROLE_CAPABILITIES: Readonly<Record<TeamRole, readonly Capability[]>> = {
  owner: CAPABILITIES,
  // Editors run the edition (schedule, settings, registrations) but do not say who else may.
  editor: ['view', 'check_in', 'manage_registrations', 'edit_schedule', 'edit_edition'],
  desk: ['view', 'check_in', 'manage_registrations'],
  check_in: ['view', 'check_in'],
  viewer: ['view'],
};

export function roleAllows(role: TeamRole, capability: Capability): boolean {
  return ROLE_CAPABILITIES[role].includes(capability);
}

/** The capabilities of a role, for the team page's table. */
export function capabilitiesOf(role: TeamRole): readonly Capability[] {
  return ROLE_CAPABILITIES[role];
}
