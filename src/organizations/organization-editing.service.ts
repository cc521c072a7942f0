import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AccountStore } from '../accounts/account.store';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { assertUnreferenced } from '../common/references';
import { Transactions, type Tx } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import { AttendeeListGrantStore } from '../partners/attendee-list-grant.store';
import { SessionStore } from '../sessions/session.store';
import { SpeakerStore } from '../speakers/speaker.store';
import { OrganizationDetailDto, PendingRenameDto } from './dto/organization.dto';
import { CreateOrganizationRequest, UpdateOrganizationRequest } from './dto/organization-write.dto';
import { OrganizationStore } from './organization.store';
import { OrganizationsService } from './organizations.service';
import { ORGANIZATION_MESSAGES } from './organization-messages';
import { REFERENCE_MESSAGES } from '../common/i18n/reference-messages';

/**
 * Organizers' edits of organizations. One rule above all: a name (official, short or alias)
 * belongs to one organization only, so 中网联 can never come to mean two bodies.
 */
@Injectable()
export class OrganizationEditingService {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: OrganizationStore,
    private readonly editions: EditionStore,
    private readonly sessions: SessionStore,
    private readonly speakers: SpeakerStore,
    private readonly accounts: AccountStore,
    private readonly grants: AttendeeListGrantStore,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  async create(request: CreateOrganizationRequest, actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    const id = await this.transactions.run(async (tx) => {
      const aliases = [...new Set(request.aliases ?? [])];
      await this.assertNamesFree(tx, [request.name, ...(request.shortName ? [request.shortName] : []), ...aliases], null);
      const organization = await this.store.save(
        {
          nameZh: request.name,
          nameEn: request.nameEn ?? null,
          shortName: request.shortName ?? null,
          kind: request.kind ?? 'other',
          website: request.website ?? null,
          descriptionZh: request.description ?? null,
        },
        tx,
      );
      await this.store.addAliases(organization.id, aliases.filter((a) => a !== request.name && a !== request.shortName), tx);
      await this.audit.record(tx, actor, { action: 'create', entityType: 'organization', entityId: organization.id, after: { ...organization, aliases } });
      return organization.id;
    });
    return this.organizations.findOne(id, actor);
  }

  async update(id: number, request: UpdateOrganizationRequest, actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    await this.transactions.run(async (tx) => {
      const organization = await this.store.require(id, undefined, tx);
      const before = { ...organization };
      const names = [request.name, request.shortName].filter((n): n is string => typeof n === 'string');
      await this.assertNamesFree(tx, names, id);
      if (request.name !== undefined) organization.nameZh = request.name;
      if (request.nameEn !== undefined) organization.nameEn = request.nameEn;
      if (request.shortName !== undefined) organization.shortName = request.shortName;
      if (request.kind !== undefined) organization.kind = request.kind;
      if (request.website !== undefined) organization.website = request.website;
      if (request.description !== undefined) organization.descriptionZh = request.description;
      await this.store.save(organization, tx);
      // A name that became the official or short name is no longer also an alias.
      await this.store.removeAliases(id, names, tx);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'organization', entityId: id, before, after: organization });
    });
    return this.organizations.findOne(id, actor);
  }

  /** Names partners asked for that wait for an organizer's decision, oldest first. */
  async pendingRenames(): Promise<PendingRenameDto[]> {
    return (await this.store.pendingRenames()).map((o) => ({ id: o.id, name: o.nameZh, pendingName: o.pendingName!, pendingNameSince: o.pendingNameSince!.toISOString() }));
  }

  /**
   * An organizer's decision on a partner's new name. Approved, the name is checked again (another body
   * may have taken it meanwhile) and the old name stays as an alias, so searches and old links still
   * find the body; refused, the request is dropped. Either way the partner sees the outcome in its profile.
   */
  async decideRename(id: number, approve: boolean, actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    await this.transactions.run(async (tx) => {
      const organization = await this.store.require(id, undefined, tx);
      const pendingName = organization.pendingName;
      if (!pendingName) throw new NotFoundException({ message: ORGANIZATION_MESSAGES.noPendingName({ id }), errors: { id: ORGANIZATION_MESSAGES.noPendingNameField() } });
      const before = { ...organization };
      if (approve) {
        await this.assertNamesFree(tx, [pendingName], id);
        await this.store.removeAliases(id, [pendingName], tx);
        await this.store.addAliases(id, [organization.nameZh], tx);
        organization.nameZh = pendingName;
      }
      organization.pendingName = null;
      organization.pendingNameSince = null;
      await this.store.save(organization, tx);
      await this.audit.record(tx, actor, { action: approve ? 'approve_rename' : 'reject_rename', entityType: 'organization', entityId: id, before, after: organization });
    });
    return this.organizations.findOne(id, actor);
  }

  async remove(id: number, actor: AuthenticatedAccount): Promise<void> {
    await this.transactions.run(async (tx) => {
      const organization = await this.store.require(id, undefined, tx);
      assertUnreferenced(REFERENCE_MESSAGES.organization({ id }), [
        { what: 'editionRoles', count: await this.editions.countRolesOfOrganization(id, tx) },
        { what: 'sessionRoles', count: await this.sessions.countRolesOfOrganization(id, tx) },
        { what: 'partnerAccounts', count: await this.accounts.countOfOrganization(id, tx) },
        { what: 'speakers', count: await this.speakers.countOfOrganization(id, tx) },
        { what: 'attendeeListGrants', count: await this.grants.countOfOrganization(id, tx) },
      ]);
      await this.store.delete(id, tx);
      await this.audit.record(tx, actor, { action: 'delete', entityType: 'organization', entityId: id, before: organization });
    });
  }

  async addAlias(id: number, name: string, actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    await this.transactions.run(async (tx) => {
      await this.store.require(id, undefined, tx);
      await this.assertNamesFree(tx, [name], id);
      if (await this.store.isOwnName(id, name, tx)) {
        throw new ConflictException({ message: ORGANIZATION_MESSAGES.aliasExists({ name, id }), errors: { name: ORGANIZATION_MESSAGES.aliasOfThis() } });
      }
      await this.store.addAliases(id, [name], tx);
      await this.audit.record(tx, actor, { action: 'create', entityType: 'organization_alias', entityId: id, after: { organizationId: id, name } });
    });
    return this.organizations.findOne(id, actor);
  }

  async removeAlias(id: number, name: string, actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    await this.transactions.run(async (tx) => {
      const alias = await this.store.findAlias(id, name, tx);
      if (!alias) throw new NotFoundException({ message: ORGANIZATION_MESSAGES.noAlias({ id, name }) });
      await this.store.deleteAlias(alias.id, tx);
      await this.audit.record(tx, actor, { action: 'delete', entityType: 'organization_alias', entityId: id, before: { organizationId: id, name } });
    });
    return this.organizations.findOne(id, actor);
  }

  /**
   * Two rows turned out to be one body: every role, account and speaker of the duplicate moves
   * to the kept organization (a role both already hold is kept once), the duplicate's names
   * become aliases, and the duplicate is removed.
   */
  async merge(keptId: number, duplicateId: number, actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    if (keptId === duplicateId) {
      throw new BadRequestException({ message: ORGANIZATION_MESSAGES.mergeIntoItself(), errors: { duplicateId: ORGANIZATION_MESSAGES.mustDiffer() } });
    }
    await this.transactions.run(async (tx) => {
      const kept = await this.store.require(keptId, undefined, tx);
      const duplicate = await this.store.require(duplicateId, 'duplicateId', tx);
      const duplicateAliases = await this.store.aliasesOf(duplicateId, tx);

      const editionRoles = await this.editions.moveOrganizationRoles(duplicateId, keptId, duplicate.nameZh, tx);
      const sessionRoles = await this.sessions.moveOrganizationRoles(duplicateId, keptId, duplicate.nameZh, tx);
      const moved = { editionRoles: editionRoles.moved, sessionRoles: sessionRoles.moved, dropped: editionRoles.dropped + sessionRoles.dropped };
      await this.accounts.moveToOrganization(duplicateId, keptId, tx);
      await this.speakers.moveToOrganization(duplicateId, keptId, tx);
      await this.grants.moveToOrganization(duplicateId, keptId, tx);

      await this.store.delete(duplicateId, tx);
      const keptNames = new Set([kept.nameZh, kept.shortName, ...(await this.store.aliasesOf(keptId, tx)).map((a) => a.name)]);
      const newAliases = [duplicate.nameZh, duplicate.shortName, ...duplicateAliases.map((a) => a.name)].filter(
        (n): n is string => !!n && !keptNames.has(n),
      );
      await this.store.addAliases(keptId, new Set(newAliases), tx);

      await this.audit.record(tx, actor, {
        action: 'merge',
        entityType: 'organization',
        entityId: keptId,
        before: { kept, duplicate: { ...duplicate, aliases: duplicateAliases.map((a) => a.name) } },
        after: { keptId, aliasesAdded: [...new Set(newAliases)], ...moved },
      });
    });
    return this.organizations.findOne(keptId, actor);
  }

  /** Refuses a name that is, or reads like, a name of another organization ("中网联" and "中网联 ", "⽹" for "网"). */
  private async assertNamesFree(tx: Tx, names: string[], ownerId: number | null): Promise<void> {
    if (names.length === 0) return;
    const clash = await this.store.lookAlikeOf(names, ownerId, tx);
    if (clash) {
      const same = clash.name === clash.existing ? '' : ORGANIZATION_MESSAGES.readsLike({ existing: clash.existing });
      throw new ConflictException({
        message: ORGANIZATION_MESSAGES.nameTaken({ name: clash.name, owner: clash.organizationId, same }),
        errors: { name: ORGANIZATION_MESSAGES.namesOther({ name: clash.name, owner: clash.organizationId, same }) },
      });
    }
  }

}
