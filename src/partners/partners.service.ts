import { ConflictException, HttpException, HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { TokenSigner } from '../auth/token-signer';
import { toZonedIso } from '../common/zoned-dates';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Transactions } from '../database/transactions';
import { EditionSummaryDto } from '../editions/dto/edition.dto';
import { EditionStore } from '../editions/edition.store';
import type { Edition } from '../editions/edition.store';
import { OrganizationStore } from '../organizations/organization.store';
import { RegistrationStore } from '../registrations/registration.store';
import type { SessionRole } from '../sessions/session.store';
import type { SessionWithRoom } from '../sessions/session.store';
import { SessionStore } from '../sessions/session.store';
import { AttendeeListGrantStore } from './attendee-list-grant.store';
import { coHostTable } from './co-host-table';
import { CalendarLinkDto, HostedSessionDto, OwnProfileDto, PartnerEditionDto, UpdateOwnProfileRequest } from './dto/partner.dto';
import { LogoType, prepareLogo, removeLogo, storeLogo } from './organization-logos';
import { ownProfile } from './organization-profiles';
import { PARTNER_MESSAGES } from './partner-messages';

/** Enough to try a few versions of a logo; not enough to fill the disk. */
const LOGO_UPLOADS_PER_HOUR = 10;

/**
 * A partner body's view of Huiwu. Every query here is scoped to the partner's own
 * organization in the query itself (WHERE organization_id = …), so nothing of another body is
 * loaded, let alone shown; another body's session is simply not found.
 */
@Injectable()
export class PartnersService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly organizations: OrganizationStore,
    private readonly editionStore: EditionStore,
    private readonly sessionStore: SessionStore,
    private readonly registrations: RegistrationStore,
    private readonly grants: AttendeeListGrantStore,
    private readonly tokens: TokenSigner,
    private readonly audit: AuditService,
  ) {}

  async organization(organizationId: number): Promise<OwnProfileDto> {
    const organization = await this.organizations.requireWithAliases(organizationId);
    return ownProfile(organization, this.config.publicBaseUrl);
  }

  async updateOrganization(organizationId: number, request: UpdateOwnProfileRequest, actor: AuthenticatedAccount): Promise<OwnProfileDto> {
    await this.transactions.run(async (tx) => {
      const organization = await this.organizations.require(organizationId, undefined, tx);
      const before = { ...organization };
      if (request.name !== undefined) {
        // A new name waits for an organizer (see Organization.pendingName); asking for the current one withdraws the request.
        if (request.name === organization.nameZh) {
          organization.pendingName = null;
          organization.pendingNameSince = null;
        } else if (request.name !== organization.pendingName) {
          const clash = await this.organizations.lookAlikeOf([request.name], organizationId, tx);
          if (clash) throw new ConflictException({ message: PARTNER_MESSAGES.namesAnother({ name: request.name }), errors: { name: PARTNER_MESSAGES.namesAnotherField() } });
          organization.pendingName = request.name;
          organization.pendingNameSince = new Date();
        }
      }
      if (request.nameEn !== undefined) organization.nameEn = request.nameEn;
      if (request.description !== undefined) organization.descriptionZh = request.description;
      if (request.descriptionEn !== undefined) organization.descriptionEn = request.descriptionEn;
      if (request.website !== undefined) organization.website = request.website;
      if (request.contactName !== undefined) organization.contactName = request.contactName;
      if (request.contactEmail !== undefined) organization.contactEmail = request.contactEmail;
      if (request.contactPhone !== undefined) organization.contactPhone = request.contactPhone;
      if (request.shareContact !== undefined) organization.shareContact = request.shareContact;
      await this.organizations.save(organization, tx);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'organization', entityId: organizationId, before, after: organization });
    });
    return this.organization(organizationId);
  }

  /**
   * Takes a new logo: checked (an SVG rewritten from an allow-list), stored under a name made from its
   * bytes, and the one it replaces removed once the change is committed. At most LOGO_UPLOADS_PER_HOUR
   * uploads per organization, counted in the audit trail so that every server counts the same.
   */
  async uploadLogo(organizationId: number, bytes: Buffer, type: LogoType, actor: AuthenticatedAccount): Promise<OwnProfileDto> {
    const recent = await this.audit.countSince('organization_logo', organizationId, 'update', new Date(Date.now() - 3_600_000));
    if (recent >= LOGO_UPLOADS_PER_HOUR) {
      throw new HttpException({ message: PARTNER_MESSAGES.tooManyUploads({ max: LOGO_UPLOADS_PER_HOUR }), errors: { logo: PARTNER_MESSAGES.tooManyUploadsField() }, retryAfter: 600 }, HttpStatus.TOO_MANY_REQUESTS);
    }
    const kept = prepareLogo(bytes, type);
    const file = await storeLogo(this.config.uploadDir, organizationId, kept, type);
    const replaced = await this.transactions.run(async (tx) => {
      const previous = (await this.organizations.require(organizationId, undefined, tx)).logoFile;
      await this.organizations.setLogo(organizationId, file, type, tx);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'organization_logo', entityId: organizationId, before: { file: previous }, after: { file, type, bytes: kept.length } });
      return previous;
    });
    if (replaced && replaced !== file) await removeLogo(this.config.uploadDir, replaced);
    return this.organization(organizationId);
  }

  /** Editions (public ones) where the organization holds a role, or hosts a session, with the co-host table. */
  async editions(organizationId: number): Promise<PartnerEditionDto[]> {
    const editionRoles = await this.editionStore.rolesHeldBy(organizationId);
    const sessionRoles = await this.sessionStore.rolesHeldBy(organizationId);
    const editionIds = [...new Set([...editionRoles.map((r) => r.editionId), ...sessionRoles.map((r) => r.session.editionId)])];
    if (editionIds.length === 0) return [];
    const editions = await this.editionStore.shownWithBrand(editionIds);
    const result: PartnerEditionDto[] = [];
    for (const edition of editions) {
      result.push({
        edition: EditionSummaryDto.from(edition),
        roles: editionRoles.filter((r) => r.editionId === edition.id).map((r) => r.role),
        sessions: sessionRoles
          .filter((r) => r.session.editionId === edition.id)
          .map((r) => ({ sessionId: r.sessionId, title: r.session.titleZh, role: r.role })),
        coHosts: coHostTable(await this.editionStore.rolesOf(edition.id), this.config.publicBaseUrl, { exceptOrganizationId: organizationId, withContacts: true }),
      });
    }
    return result;
  }

  /** The sessions of an edition that the organization hosts, with counts; 404 for an edition it has no part in. */
  async sessions(organizationId: number, editionId: number): Promise<HostedSessionDto[]> {
    const edition = await this.editionStore.findShown(editionId);
    const involved =
      edition && ((await this.editionStore.organizationHasRole(editionId, organizationId)) || (await this.sessionStore.organizationHostsIn(editionId, organizationId)));
    if (!edition || !involved) throw new NotFoundException({ message: PARTNER_MESSAGES.noEdition({ id: editionId }) });
    const hosted = await this.sessionStore.hostedIn(editionId, organizationId);
    const result: HostedSessionDto[] = [];
    for (const role of hosted) result.push(await this.hostedSession(role.session, role.role, edition, organizationId));
    return result;
  }

  /** One hosted session; another body's session is a 404, exactly like one that does not exist. */
  async session(organizationId: number, sessionId: number): Promise<HostedSessionDto> {
    const role = await this.sessionStore.hostedShown(sessionId, organizationId);
    if (!role) throw new NotFoundException({ message: PARTNER_MESSAGES.noHostedSession({ id: sessionId }) });
    return this.hostedSession(role.session, role.role, role.session.edition, organizationId);
  }

  async calendarLink(organizationId: number): Promise<CalendarLinkDto> {
    const signature = await this.tokens.derive('partner-calendar', String(organizationId));
    const url = new URL(`/api/partner/calendar.ics?organization=${organizationId}&signature=${signature}`, this.config.publicBaseUrl).href;
    return { url, webcal: url.replace(/^https?:/, 'webcal:') };
  }

  /** `session` was found by a query scoped to the organization: its seats and attendees are the organization's to see. */
  private async hostedSession(session: SessionWithRoom, role: SessionRole['role'], edition: Edition, organizationId: number): Promise<HostedSessionDto> {
    const seats = await this.registrations.seatsOfSession(session.id);
    const active = seats.filter((s) => s.status !== 'cancelled');
    const daily = new Map<string, number>();
    for (const seat of active) {
      const day = DateTime.fromJSDate(new Date(typeof seat.createdAt === 'string' && !seat.createdAt.includes('T') ? `${seat.createdAt.replace(' ', 'T')}Z` : seat.createdAt), { zone: edition.timeZone }).toISODate()!;
      daily.set(day, (daily.get(day) ?? 0) + 1);
    }
    const granted = await this.grants.isGranted(session.id, organizationId);
    const attendees = granted ? await this.registrations.attendeesForHost(session.id) : null;
    return {
      sessionId: session.id,
      title: session.titleZh,
      startsAt: session.startsAt ? toZonedIso(session.startsAt, edition.timeZone) : null,
      room: session.room?.nameZh ?? null,
      role,
      capacity: session.capacity,
      confirmed: active.filter((s) => s.status === 'confirmed').length,
      waitlisted: active.filter((s) => s.status === 'waitlisted').length,
      checkedIn: active.filter((s) => s.status === 'confirmed' && s.checkedInAt !== null).length,
      daily: [...daily.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, registrations]) => ({ date, registrations })),
      attendeeListGranted: granted,
      attendees,
    };
  }
}
