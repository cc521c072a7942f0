import { createHash, randomBytes } from 'node:crypto';
import { ConflictException, ForbiddenException, GoneException, HttpException, HttpStatus, Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { AccountStore } from '../accounts/account.store';
import { hashPassword } from '../accounts/password-hasher';
import { isEmailAsPassword } from '../accounts/password-rules';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import type { LoginResponse } from '../auth/dto/login.dto';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Transactions } from '../database/transactions';
import type { Language } from '../notifications/templates/template';
import { OutboxStore } from '../notifications/outbox.store';
import { OrganizationStore } from '../organizations/organization.store';
import { InvitationPreviewDto, InvitePartnerRequest, PartnerInvitationDto, PartnerTeamDto, PartnerTeamMemberDto } from './dto/partner-team.dto';
import { PARTNER_TEAM_MESSAGES } from './partner-team-messages';
import { PartnerTeamStore } from './partner-team.store';
import type { PartnerInvitation } from './partner-team.store';

/** A mailed link works a week: long enough for a colleague back from a trip, short enough that an old mailbox is no key. */
export const INVITATION_VALID_DAYS = 7;
/** Invitations one organization sends per hour, whoever sends them: a cap on mailing strangers through us. */
const INVITATIONS_PER_HOUR = 20;

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * The people of a partner organization. Organizers invite anyone to any organization; a partner
 * invites only to its own, and only as an admin of it. Every query names the organization, so an
 * account or invitation of another body is simply not found (404).
 */
@Injectable()
export class PartnerTeamService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly team: PartnerTeamStore,
    private readonly accounts: AccountStore,
    private readonly organizations: OrganizationStore,
    private readonly outbox: OutboxStore,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  async members(organizationId: number): Promise<PartnerTeamDto> {
    await this.requireOrganization(organizationId);
    const [accounts, admins, open] = await Promise.all([this.accounts.ofOrganization(organizationId), this.team.adminIds(organizationId), this.team.open(organizationId, new Date())]);
    return {
      organizationId,
      members: accounts.map((a): PartnerTeamMemberDto => ({ id: a.id, email: a.email, displayName: a.displayName, admin: admins.has(a.id), disabled: a.disabledAt !== null })),
      invitations: open.map((i) => this.invitationDto(i)),
    };
  }

  /** Organizations that have partner accounts, with how many: the organizers' list of partners. */
  async partnerOrganizations(): Promise<{ id: number; name: string; nameEn: string | null; accounts: number }[]> {
    const counts = new Map<number, number>();
    for (const a of await this.accounts.list()) if (a.kind === 'partner' && a.organizationId !== null) counts.set(a.organizationId, (counts.get(a.organizationId) ?? 0) + 1);
    const result = [];
    for (const [id, accounts] of counts) {
      const organization = await this.organizations.find(id);
      if (organization) result.push({ id, name: organization.nameZh, nameEn: organization.nameEn, accounts });
    }
    return result.sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  }

  /** Whether the account administers the team of its organization (the partner pages show the invite form to admins only). */
  isAdmin(actor: AuthenticatedAccount): Promise<boolean> {
    return actor.kind === 'partner' && actor.organizationId !== null ? this.team.isAdmin(actor.id, actor.organizationId) : Promise.resolve(false);
  }

  async invite(organizationId: number, request: InvitePartnerRequest, actor: AuthenticatedAccount, language: Language): Promise<PartnerInvitationDto> {
    await this.requireManager(organizationId, actor);
    const organization = await this.requireOrganization(organizationId);
    const now = new Date();
    if ((await this.team.countSince(organizationId, new Date(now.getTime() - 3_600_000))) >= INVITATIONS_PER_HOUR) {
      throw new HttpException({ message: PARTNER_TEAM_MESSAGES.tooManyInvitations({ max: INVITATIONS_PER_HOUR }), errors: { email: PARTNER_TEAM_MESSAGES.tooManyInvitationsField() }, retryAfter: 600 }, HttpStatus.TOO_MANY_REQUESTS);
    }
    const token = randomBytes(32).toString('base64url');
    return this.transactions.run(async (tx) => {
      if (await this.accounts.emailTaken(request.email, tx)) {
        throw new ConflictException({ message: PARTNER_TEAM_MESSAGES.emailTaken({ email: request.email }), errors: { email: PARTNER_TEAM_MESSAGES.emailTakenField() } });
      }
      await this.team.closeOpenTo(organizationId, request.email, now, tx);
      const invitation = await this.team.insertInvitation(
        {
          organizationId,
          email: request.email,
          displayName: request.displayName ?? null,
          partnerAdmin: request.admin === true,
          tokenHash: hashOf(token),
          invitedById: actor.id,
          expiresAt: new Date(now.getTime() + INVITATION_VALID_DAYS * 86_400_000),
        },
        tx,
      );
      const name = request.displayName ?? request.email;
      await this.outbox.enqueue(tx, {
        kind: 'partner_invitation',
        dedupeKey: `partner_invitation:${invitation.id}`,
        registrationId: null,
        recipient: { name, email: request.email, language },
        template: 'partner_invitation',
        params: { name, organization: language === 'en' && organization.nameEn ? organization.nameEn : organization.nameZh, invitedBy: actor.email, acceptUrl: this.acceptUrl(token, language), validDays: INVITATION_VALID_DAYS },
      });
      const dto = this.invitationDto(invitation);
      await this.audit.record(tx, actor, { action: 'invite', entityType: 'partner_invitation', entityId: invitation.id, after: { organizationId, ...dto } });
      return dto;
    });
  }

  async withdraw(organizationId: number, invitationId: number, actor: AuthenticatedAccount): Promise<void> {
    await this.requireManager(organizationId, actor);
    await this.transactions.run(async (tx) => {
      if (!(await this.team.withdraw(organizationId, invitationId, new Date(), tx))) throw new NotFoundException({ message: PARTNER_TEAM_MESSAGES.noInvitation({ id: invitationId }) });
      await this.audit.record(tx, actor, { action: 'withdraw', entityType: 'partner_invitation', entityId: invitationId, before: { organizationId } });
    });
  }

  /** What the invitation page shows before a password is chosen; null for a link that does not work. */
  async preview(token: string): Promise<InvitationPreviewDto | null> {
    const invitation = await this.team.live(hashOf(token), new Date());
    return invitation ? { organization: invitation.organization.nameZh, email: invitation.email, displayName: invitation.displayName } : null;
  }

  /** Follows the link: the account is made, bound to the inviting organization, and signed in. */
  async accept(token: string, password: string, displayName: string | null | undefined): Promise<LoginResponse> {
    const invitation = await this.team.live(hashOf(token), new Date());
    if (!invitation) throw new GoneException({ message: PARTNER_TEAM_MESSAGES.invitationInvalid(), errors: { token: PARTNER_TEAM_MESSAGES.invitationInvalid() } });
    if (isEmailAsPassword(password, invitation.email)) throw new UnprocessableEntityException({ message: PARTNER_TEAM_MESSAGES.passwordIsEmail(), errors: { password: PARTNER_TEAM_MESSAGES.passwordIsEmail() } });
    const passwordHash = await hashPassword(password);
    const account = await this.transactions.run(async (tx) => {
      if (await this.accounts.emailTaken(invitation.email, tx)) {
        throw new ConflictException({ message: PARTNER_TEAM_MESSAGES.emailTaken({ email: invitation.email }), errors: { email: PARTNER_TEAM_MESSAGES.emailTakenField() } });
      }
      const created = await this.accounts.create({ email: invitation.email, passwordHash, kind: 'partner', organizationId: invitation.organizationId, displayName: displayName ?? invitation.displayName }, tx);
      if (!(await this.team.close(invitation.id, created.id, new Date(), tx))) {
        throw new GoneException({ message: PARTNER_TEAM_MESSAGES.invitationInvalid(), errors: { token: PARTNER_TEAM_MESSAGES.invitationInvalid() } });
      }
      if (invitation.partnerAdmin) await this.team.makeAdmin(created.id, invitation.organizationId, invitation.invitedById, tx);
      const actor = { id: created.id, email: created.email, kind: created.kind, organizationId: created.organizationId, grants: [] };
      await this.audit.record(tx, actor, { action: 'accept', entityType: 'partner_invitation', entityId: invitation.id, after: { accountId: created.id, organizationId: invitation.organizationId, admin: invitation.partnerAdmin } });
      return created;
    });
    return this.auth.signedIn(account);
  }

  /** Names or removes an admin of the team; the last admin stays (an organizer can always name another). */
  async setAdmin(organizationId: number, accountId: number, admin: boolean, actor: AuthenticatedAccount): Promise<PartnerTeamMemberDto> {
    await this.requireManager(organizationId, actor);
    return this.transactions.run(async (tx) => {
      const member = (await this.accounts.ofOrganization(organizationId, tx)).find((a) => a.id === accountId);
      if (!member) throw new NotFoundException({ message: PARTNER_TEAM_MESSAGES.noMember({ id: accountId }) });
      const admins = await this.team.adminIds(organizationId, tx);
      if (admin) await this.team.makeAdmin(accountId, organizationId, actor.id, tx);
      else if (admins.has(accountId)) {
        if (admins.size === 1 && actor.kind === 'partner') throw new ConflictException({ message: PARTNER_TEAM_MESSAGES.lastAdmin(), errors: { admin: PARTNER_TEAM_MESSAGES.lastAdminField() } });
        await this.team.removeAdmin(accountId, organizationId, tx);
      }
      await this.audit.record(tx, actor, { action: admin ? 'grant' : 'revoke', entityType: 'partner_admin', entityId: accountId, before: { admin: admins.has(accountId) }, after: { organizationId, admin } });
      return { id: member.id, email: member.email, displayName: member.displayName, admin, disabled: member.disabledAt !== null };
    });
  }

  /** Organizers manage every team; a partner only its own, and only as its admin (another body's team is a 404). */
  private async requireManager(organizationId: number, actor: AuthenticatedAccount): Promise<void> {
    if (actor.kind === 'organizer') return;
    if (actor.organizationId !== organizationId) throw new NotFoundException({ message: PARTNER_TEAM_MESSAGES.noOrganization({ id: organizationId }) });
    if (!(await this.team.isAdmin(actor.id, organizationId))) throw new ForbiddenException({ message: PARTNER_TEAM_MESSAGES.adminOnly() });
  }

  private async requireOrganization(organizationId: number) {
    const organization = await this.organizations.find(organizationId);
    if (!organization) throw new NotFoundException({ message: PARTNER_TEAM_MESSAGES.noOrganization({ id: organizationId }) });
    return organization;
  }

  private invitationDto(i: PartnerInvitation): PartnerInvitationDto {
    return { id: i.id, email: i.email, displayName: i.displayName, admin: i.partnerAdmin, expiresAt: i.expiresAt.toISOString() };
  }

  private acceptUrl(token: string, language: Language): string {
    const url = new URL('/partner/invitation', this.config.publicBaseUrl);
    url.searchParams.set('token', token);
    if (language === 'en') url.searchParams.set('lang', 'en');
    return url.href;
  }
}
