import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { AuthenticatedAccount } from '../../auth/authenticated-account';
import { EDITION_MESSAGES } from '../../editions/edition-messages';
import { EditionRolesService } from '../../editions/edition-roles.service';
import { EditionsService } from '../../editions/editions.service';
import { ORGANIZATION_ROLES, OrganizationRole } from '../../organizations/organization-role';
import { SessionsService } from '../../sessions/sessions.service';

/** One organization in one role, as the editor lists it; `key` names it in the page's forms. */
export interface RoleHolder {
  key: string;
  organizationId: number;
  role: OrganizationRole;
  /** As printed here (the printed name, else the official name). */
  name: string;
  officialName: string | null;
}

/**
 * What an editor of organizations in roles works on: an edition's roles, or a session's hosts.
 * Both write through the services the API uses (EditionRolesService; SessionsService.update
 * with the session's whole host list), so a page refuses what the API refuses.
 */
export interface RoleHolders {
  kind: 'edition' | 'session';
  editionId: number;
  title: string;
  titleEn: string | null;
  /** The editor's own address: /admin/editions/7/roles or /admin/sessions/12/roles. */
  path: string;
  backHref: string;
  holders(): Promise<RoleHolder[]>;
  add(organizationId: number, role: OrganizationRole, printedName: string | null, actor: AuthenticatedAccount): Promise<void>;
  /** Every holder of `role` in the new order. */
  reorder(role: OrganizationRole, keys: string[], actor: AuthenticatedAccount): Promise<void>;
  remove(key: string, actor: AuthenticatedAccount): Promise<void>;
}

const roleRank = (role: OrganizationRole) => ORGANIZATION_ROLES.indexOf(role);

@Injectable()
export class RoleHolderTargets {
  constructor(
    private readonly editions: EditionsService,
    private readonly editionRoles: EditionRolesService,
    private readonly sessions: SessionsService,
  ) {}

  async edition(editionId: number, viewer: AuthenticatedAccount): Promise<RoleHolders> {
    const edition = await this.editions.findOne({ id: editionId }, viewer);
    const roles = this.editionRoles;
    const holders = async (): Promise<RoleHolder[]> =>
      (await roles.list(editionId)).map((r) => ({
        key: String(r.id),
        organizationId: r.organizationId,
        role: r.role,
        name: r.printedName ?? r.officialName,
        officialName: r.printedName ? r.officialName : null,
      }));
    const own = async (key: string): Promise<RoleHolder> => {
      const found = (await holders()).find((h) => h.key === key);
      if (!found) throw new NotFoundException({ message: EDITION_MESSAGES.roleNotFound({ id: key }) });
      return found;
    };
    return {
      kind: 'edition',
      editionId,
      title: edition.title,
      titleEn: edition.titleEn,
      path: `/admin/editions/${editionId}/roles`,
      backHref: `/admin/editions/${editionId}`,
      holders,
      add: async (organizationId, role, printedName, actor) => {
        await roles.create(editionId, { organizationId, role, ...(printedName ? { printedName } : {}) }, actor);
      },
      reorder: async (role, keys, actor) => {
        await roles.reorder(editionId, { role, roleIds: keys.map(Number) }, actor);
      },
      remove: async (key, actor) => roles.remove(Number((await own(key)).key), actor),
    };
  }

  async session(sessionId: number, viewer: AuthenticatedAccount): Promise<RoleHolders> {
    const first = await this.sessions.findOne(sessionId);
    await this.editions.findOne({ id: first.editionId }, viewer);
    const sessions = this.sessions;
    const current = async () => (await sessions.findOne(sessionId)).hosts;
    const keyOf = (h: { organizationId: number; role: OrganizationRole }) => `${h.organizationId}:${h.role}`;
    const holders = async (): Promise<RoleHolder[]> =>
      (await current())
        .map((h, index) => ({ h, index }))
        .sort((a, b) => roleRank(a.h.role) - roleRank(b.h.role) || a.index - b.index)
        .map(({ h }) => ({ key: keyOf(h), organizationId: h.organizationId, role: h.role, name: h.name, officialName: null }));
    const save = async (list: Awaited<ReturnType<typeof current>>, actor: AuthenticatedAccount) => {
      await sessions.update(sessionId, { hosts: list.map((h) => ({ organizationId: h.organizationId, role: h.role, ...(h.printedName ? { printedName: h.printedName } : {}) })) }, actor);
    };
    return {
      kind: 'session',
      editionId: first.editionId,
      title: first.title,
      titleEn: first.titleEn,
      path: `/admin/sessions/${sessionId}/roles`,
      backHref: `/admin/editions/${first.editionId}`,
      holders,
      add: async (organizationId, role, printedName, actor) => {
        const list = await current();
        // The session's service keeps the first of a repeated pair silently; the editor says so.
        if (list.some((h) => h.organizationId === organizationId && h.role === role)) {
          throw new ConflictException({ message: EDITION_MESSAGES.roleHeldField(), errors: { role: EDITION_MESSAGES.roleHeldField() } });
        }
        await save([...list, { organizationId, role, printedName, name: '', nameEn: null }], actor);
      },
      reorder: async (role, keys, actor) => {
        const list = await current();
        const ofRole = list.filter((h) => h.role === role);
        const byKey = new Map(ofRole.map((h) => [keyOf(h), h]));
        if (keys.length !== ofRole.length || new Set(keys).size !== keys.length || !keys.every((k) => byKey.has(k))) {
          const error = EDITION_MESSAGES.orderNotComplete({ count: ofRole.length });
          throw new ConflictException({ message: error, errors: { roleIds: error } });
        }
        const others = list.filter((h) => h.role !== role);
        await save([...others, ...keys.map((k) => byKey.get(k)!)], actor);
      },
      remove: async (key, actor) => {
        const list = await current();
        if (!list.some((h) => keyOf(h) === key)) throw new NotFoundException({ message: EDITION_MESSAGES.roleNotFound({ id: key }) });
        await save(list.filter((h) => keyOf(h) !== key), actor);
      },
    };
  }
}
