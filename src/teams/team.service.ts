import { ConflictException, ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { AccountStore } from '../accounts/account.store';
import { hashPassword } from '../accounts/password-hasher';
import { ACCOUNT_MESSAGES } from '../accounts/account-messages';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { BrandStore } from '../brands/brand.store';
import { Transactions, Tx } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import { AddTeamMemberRequest, PutTeamGrantRequest, TeamGrantDto, TeamMemberDto, TeamScopeRequest } from './dto/team.dto';
import { allows, covers, isGlobal, PermissionTarget } from './permissions';
import { GrantScope, TeamGrant, TeamGrantStore } from './team-grant.store';
import { capabilityWords, TEAM_MESSAGES } from './team-messages';

interface Names {
  brands: Map<number, { slug: string; nameZh: string }>;
  editions: Map<number, { brandId: number; titleZh: string }>;
}

/**
 * Who may do what: organizer accounts and their roles per scope (everything, a brand, an
 * edition). An owner names roles only within the scopes they own, and the installation always
 * keeps one owner of everything. Every change is in the audit trail.
 */
@Injectable()
export class TeamService {
  constructor(
    private readonly grants: TeamGrantStore,
    private readonly accounts: AccountStore,
    private readonly brands: BrandStore,
    private readonly editions: EditionStore,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** Every organizer account, each with the roles the actor manages (accounts without one too, so they can be given one). */
  async members(actor: AuthenticatedAccount): Promise<TeamMemberDto[]> {
    const organizers = (await this.accounts.list()).filter((a) => a.kind === 'organizer');
    const [grants, names] = await Promise.all([this.grants.ofAccounts(organizers.map((a) => a.id)), this.names()]);
    return organizers.map((account) => ({
      accountId: account.id,
      email: account.email,
      displayName: account.displayName,
      disabledAt: account.disabledAt?.toISOString() ?? null,
      grants: grants.filter((g) => g.accountId === account.id && this.manages(actor, this.targetOf(g, names))).map((g) => this.dto(g, names)),
    }));
  }

  /** The roles that reach one edition: its own, its brand's and everything's. */
  async ofEdition(editionId: number): Promise<TeamGrantDto[]> {
    const edition = await this.editions.require(editionId);
    const [grants, names] = await Promise.all([this.grants.all(), this.names()]);
    return grants.filter((g) => covers(g, { editionId, brandId: edition.brandId }, 'edition')).map((g) => this.dto(g, names));
  }

  /** A new organizer account with its first role. */
  async addMember(request: AddTeamMemberRequest, actor: AuthenticatedAccount): Promise<TeamMemberDto> {
    const passwordHash = await hashPassword(request.password);
    const accountId = await this.transactions.run(async (tx) => {
      const scope = await this.scopeOf(request, tx);
      this.requireManages(actor, scope.target);
      if (await this.accounts.emailTaken(request.email, tx)) {
        throw new ConflictException({ message: ACCOUNT_MESSAGES.emailTaken({ email: request.email }), errors: { email: ACCOUNT_MESSAGES.emailTakenField() } });
      }
      const account = await this.accounts.create({ email: request.email, passwordHash, kind: 'organizer', organizationId: null, displayName: request.displayName ?? null }, tx);
      await this.audit.record(tx, actor, { action: 'create', entityType: 'account', entityId: account.id, after: { email: account.email, kind: account.kind, displayName: account.displayName } });
      await this.put(account.id, request.role, scope, actor, tx);
      return account.id;
    });
    return this.member(accountId, actor);
  }

  /** Gives an organizer a role in a scope, replacing the one held there. */
  async putGrant(request: PutTeamGrantRequest, actor: AuthenticatedAccount): Promise<TeamGrantDto> {
    const grant = await this.transactions.run(async (tx) => {
      const scope = await this.scopeOf(request, tx);
      this.requireManages(actor, scope.target);
      const account = await this.accounts.find(request.accountId, tx);
      if (!account) throw new NotFoundException({ message: TEAM_MESSAGES.noSuchAccount({ id: request.accountId }), errors: { accountId: TEAM_MESSAGES.noSuchAccountField() } });
      if (account.kind !== 'organizer') throw new UnprocessableEntityException({ message: TEAM_MESSAGES.notOrganizer(), errors: { accountId: TEAM_MESSAGES.notOrganizerField() } });
      return this.put(account.id, request.role, scope, actor, tx);
    });
    return this.dto(grant, await this.names());
  }

  async removeGrant(id: number, actor: AuthenticatedAccount): Promise<void> {
    await this.transactions.run(async (tx) => {
      const grant = await this.grants.find(id, tx);
      if (!grant) throw new NotFoundException({ message: TEAM_MESSAGES.noSuchGrant({ id }) });
      this.requireManages(actor, await this.targetIn(grant, tx));
      await this.keepAnOwner(grant, tx);
      await this.grants.remove(id, tx);
      await this.audit.record(tx, actor, { action: 'delete', entityType: 'team_grant', entityId: id, editionId: grant.editionId, before: this.plain(grant) });
    });
  }

  async member(accountId: number, actor: AuthenticatedAccount): Promise<TeamMemberDto> {
    const found = (await this.members(actor)).find((m) => m.accountId === accountId);
    if (!found) throw new NotFoundException({ message: TEAM_MESSAGES.noSuchAccount({ id: accountId }) });
    return found;
  }

  // — the rules

  private async put(accountId: number, role: TeamGrant['role'], scope: GrantScope & { target: PermissionTarget }, actor: AuthenticatedAccount, tx: Tx): Promise<TeamGrant> {
    const existing = (await this.grants.ofAccount(accountId, tx)).find((g) => g.brandId === scope.brandId && g.editionId === scope.editionId);
    if (existing && existing.role !== role) await this.keepAnOwner(existing, tx);
    const { grant, before } = await this.grants.put(accountId, role, { brandId: scope.brandId, editionId: scope.editionId }, actor.id, tx);
    await this.audit.record(tx, actor, {
      action: before ? 'update' : 'create',
      entityType: 'team_grant',
      entityId: grant.id,
      editionId: grant.editionId,
      before: before ? this.plain(before) : null,
      after: this.plain(grant),
    });
    return grant;
  }

  /** The last owner of everything stays one: someone must always be able to name the others. */
  private async keepAnOwner(grant: TeamGrant, tx: Tx): Promise<void> {
    if (!isGlobal(grant) || grant.role !== 'owner') return;
    if ((await this.grants.otherGlobalOwners(grant.id, tx)) === 0) {
      throw new ConflictException({ message: TEAM_MESSAGES.lastOwner(), errors: { role: TEAM_MESSAGES.lastOwnerField() } });
    }
  }

  private manages(actor: AuthenticatedAccount, target: PermissionTarget): boolean {
    return allows(actor.grants, 'manage_team', target, 'edition');
  }

  private requireManages(actor: AuthenticatedAccount, target: PermissionTarget): void {
    if (!this.manages(actor, target)) throw new ForbiddenException({ message: TEAM_MESSAGES.notAllowedHere({ capability: capabilityWords('manage_team') }) });
  }

  /** The scope a request names, checked to exist: everything, a brand (by slug) or an edition. */
  private async scopeOf(request: TeamScopeRequest, tx: Tx): Promise<GrantScope & { target: PermissionTarget }> {
    if (request.brand !== undefined && request.editionId !== undefined) {
      throw new UnprocessableEntityException({ message: TEAM_MESSAGES.oneScope(), errors: { editionId: TEAM_MESSAGES.oneScopeField() } });
    }
    if (request.editionId !== undefined) {
      const edition = await this.editions.require(request.editionId, tx);
      return { brandId: null, editionId: edition.id, target: { editionId: edition.id, brandId: edition.brandId } };
    }
    if (request.brand !== undefined) {
      const brand = await this.brands.findBySlug(request.brand, tx);
      if (!brand) throw new NotFoundException({ message: TEAM_MESSAGES.noSuchBrand({ brand: request.brand }), errors: { brand: TEAM_MESSAGES.noSuchBrandField() } });
      return { brandId: brand.id, editionId: null, target: { brandId: brand.id } };
    }
    return { brandId: null, editionId: null, target: {} };
  }

  private async targetIn(grant: TeamGrant, tx: Tx): Promise<PermissionTarget> {
    if (grant.editionId !== null) return { editionId: grant.editionId, brandId: (await this.editions.require(grant.editionId, tx)).brandId };
    return grant.brandId !== null ? { brandId: grant.brandId } : {};
  }

  private targetOf(grant: TeamGrant, names: Names): PermissionTarget {
    if (grant.editionId !== null) return { editionId: grant.editionId, brandId: names.editions.get(grant.editionId)?.brandId };
    return grant.brandId !== null ? { brandId: grant.brandId } : {};
  }

  private async names(): Promise<Names> {
    const [brands, editions] = await Promise.all([this.brands.all(), this.editions.allNewestFirst()]);
    return { brands: new Map(brands.map((b) => [b.id, b])), editions: new Map(editions.map((e) => [e.id, e])) };
  }

  private dto(grant: TeamGrant, names: Names): TeamGrantDto {
    const brand = grant.brandId !== null ? names.brands.get(grant.brandId) : undefined;
    return {
      id: grant.id,
      accountId: grant.accountId,
      role: grant.role,
      scope: grant.editionId !== null ? 'edition' : grant.brandId !== null ? 'brand' : 'all',
      brand: brand?.slug ?? null,
      editionId: grant.editionId,
      scopeName: grant.editionId !== null ? (names.editions.get(grant.editionId)?.titleZh ?? null) : (brand?.nameZh ?? null),
    };
  }

  private plain(grant: TeamGrant) {
    return { accountId: grant.accountId, role: grant.role, brandId: grant.brandId, editionId: grant.editionId };
  }
}
