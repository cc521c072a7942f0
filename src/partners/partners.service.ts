import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, In, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { TokenSigner } from '../auth/token-signer';
import { toZonedIso } from '../common/zoned-dates';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EditionSummaryDto } from '../editions/dto/edition.dto';
import { EditionRole } from '../editions/entities/edition-role.entity';
import { Edition } from '../editions/entities/edition.entity';
import { OrganizationAlias } from '../organizations/entities/organization-alias.entity';
import { Organization } from '../organizations/entities/organization.entity';
import { Registration } from '../registrations/entities/registration.entity';
import { SessionSeat } from '../seats/entities/session-seat.entity';
import { SessionRole } from '../sessions/entities/session-role.entity';
import { Session } from '../sessions/entities/session.entity';
import { coHostTable } from './co-host-table';
import { CalendarLinkDto, HostedSessionDto, OwnProfileDto, PartnerEditionDto, UpdateOwnProfileRequest } from './dto/partner.dto';
import { AttendeeListGrant } from './entities/attendee-list-grant.entity';
import { assertSafeLogo, LogoType, storeLogo } from './organization-logos';
import { ownProfile } from './organization-profiles';

/**
 * A partner body's view of Huiwu. Every query here is scoped to the partner's own
 * organization in the query itself (WHERE organization_id = …), so nothing of another body is
 * loaded, let alone shown; another body's session is simply not found.
 */
@Injectable()
export class PartnersService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly tokens: TokenSigner,
    private readonly audit: AuditService,
  ) {}

  async organization(organizationId: number): Promise<OwnProfileDto> {
    const organization = await this.dataSource.manager.findOneOrFail(Organization, { where: { id: organizationId }, relations: { aliases: true } });
    return ownProfile(organization, this.config.publicBaseUrl);
  }

  async updateOrganization(organizationId: number, request: UpdateOwnProfileRequest, actor: AuthenticatedAccount): Promise<OwnProfileDto> {
    await this.dataSource.transaction(async (manager) => {
      const organization = await manager.findOneByOrFail(Organization, { id: organizationId });
      const before = { ...organization };
      if (request.name !== undefined && request.name !== organization.nameZh) {
        const taken =
          (await manager.existsBy(Organization, [{ nameZh: request.name, id: Not(organizationId) }, { shortName: request.name, id: Not(organizationId) }])) ||
          (await manager.existsBy(OrganizationAlias, { name: request.name, organizationId: Not(organizationId) }));
        if (taken) throw new ConflictException({ message: `${request.name} is another organization's name`, errors: { name: 'names another organization' } });
        organization.nameZh = request.name;
      }
      if (request.nameEn !== undefined) organization.nameEn = request.nameEn;
      if (request.description !== undefined) organization.descriptionZh = request.description;
      if (request.descriptionEn !== undefined) organization.descriptionEn = request.descriptionEn;
      if (request.website !== undefined) organization.website = request.website;
      if (request.contactName !== undefined) organization.contactName = request.contactName;
      if (request.contactEmail !== undefined) organization.contactEmail = request.contactEmail;
      if (request.contactPhone !== undefined) organization.contactPhone = request.contactPhone;
      if (request.shareContact !== undefined) organization.shareContact = request.shareContact;
      await manager.save(organization);
      await this.audit.record(manager, actor, { action: 'update', entityType: 'organization', entityId: organizationId, before, after: organization });
    });
    return this.organization(organizationId);
  }

  async uploadLogo(organizationId: number, bytes: Buffer, type: LogoType, actor: AuthenticatedAccount): Promise<OwnProfileDto> {
    assertSafeLogo(bytes, type);
    const file = await storeLogo(this.config.uploadDir, organizationId, bytes, type);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Organization, { id: organizationId }, { logoFile: file, logoContentType: type });
      await this.audit.record(manager, actor, { action: 'update', entityType: 'organization_logo', entityId: organizationId, after: { file, type, bytes: bytes.length } });
    });
    return this.organization(organizationId);
  }

  /** Editions (public ones) where the organization holds a role, or hosts a session, with the co-host table. */
  async editions(organizationId: number): Promise<PartnerEditionDto[]> {
    const manager = this.dataSource.manager;
    const editionRoles = await manager.find(EditionRole, { where: { organizationId } });
    const sessionRoles = await manager
      .createQueryBuilder(SessionRole, 'r')
      .innerJoinAndSelect('r.session', 's')
      .where('r.organization_id = :organizationId', { organizationId })
      .getMany();
    const editionIds = [...new Set([...editionRoles.map((r) => r.editionId), ...sessionRoles.map((r) => r.session.editionId)])];
    if (editionIds.length === 0) return [];
    const editions = await manager.find(Edition, { where: { id: In(editionIds), status: Not('draft') }, relations: { brand: true }, order: { startDate: 'DESC' } });
    const result: PartnerEditionDto[] = [];
    for (const edition of editions) {
      result.push({
        edition: EditionSummaryDto.from(edition),
        roles: editionRoles.filter((r) => r.editionId === edition.id).map((r) => r.role),
        sessions: sessionRoles
          .filter((r) => r.session.editionId === edition.id)
          .map((r) => ({ sessionId: r.sessionId, title: r.session.titleZh, role: r.role })),
        coHosts: await coHostTable(manager, edition.id, this.config.publicBaseUrl, { exceptOrganizationId: organizationId, withContacts: true }),
      });
    }
    return result;
  }

  /** The sessions of an edition that the organization hosts, with counts; 404 for an edition it has no part in. */
  async sessions(organizationId: number, editionId: number): Promise<HostedSessionDto[]> {
    const manager = this.dataSource.manager;
    const edition = await manager.findOne(Edition, { where: { id: editionId, status: Not('draft') } });
    const involved =
      edition &&
      ((await manager.existsBy(EditionRole, { editionId, organizationId })) ||
        (await manager
          .createQueryBuilder(SessionRole, 'r')
          .innerJoin('r.session', 's')
          .where('r.organization_id = :organizationId AND s.edition_id = :editionId', { organizationId, editionId })
          .getExists()));
    if (!edition || !involved) throw new NotFoundException(`No edition ${editionId} of this organization`);
    const hosted = await manager
      .createQueryBuilder(SessionRole, 'r')
      .innerJoinAndSelect('r.session', 's')
      .leftJoinAndSelect('s.room', 'room')
      .where('r.organization_id = :organizationId AND s.edition_id = :editionId', { organizationId, editionId })
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    const result: HostedSessionDto[] = [];
    for (const role of hosted) result.push(await this.hostedSession(role.session, role.role, edition, organizationId));
    return result;
  }

  /** One hosted session; another body's session is a 404, exactly like one that does not exist. */
  async session(organizationId: number, sessionId: number): Promise<HostedSessionDto> {
    const manager = this.dataSource.manager;
    const role = await manager
      .createQueryBuilder(SessionRole, 'r')
      .innerJoinAndSelect('r.session', 's')
      .leftJoinAndSelect('s.room', 'room')
      .innerJoinAndSelect('s.edition', 'e')
      .where('r.organization_id = :organizationId AND r.session_id = :sessionId', { organizationId, sessionId })
      .andWhere("e.status <> 'draft'")
      .getOne();
    if (!role) throw new NotFoundException(`No session ${sessionId} hosted by this organization`);
    return this.hostedSession(role.session, role.role, role.session.edition, organizationId);
  }

  async calendarLink(organizationId: number): Promise<CalendarLinkDto> {
    const signature = await this.tokens.derive('partner-calendar', String(organizationId));
    const url = new URL(`/api/partner/calendar.ics?organization=${organizationId}&signature=${signature}`, this.config.publicBaseUrl).href;
    return { url, webcal: url.replace(/^https?:/, 'webcal:') };
  }

  private async hostedSession(session: Session, role: SessionRole['role'], edition: Edition, organizationId: number): Promise<HostedSessionDto> {
    const manager = this.dataSource.manager;
    const seats = await manager
      .createQueryBuilder(SessionSeat, 'seat')
      .innerJoin('seat.registration', 'r')
      .select(['seat.status AS status', 'seat.created_at AS createdAt', 'r.checked_in_at AS checkedInAt'])
      .where('seat.session_id = :sessionId', { sessionId: session.id })
      .getRawMany<{ status: string; createdAt: string | Date; checkedInAt: string | Date | null }>();
    const active = seats.filter((s) => s.status !== 'cancelled');
    const daily = new Map<string, number>();
    for (const seat of active) {
      const day = DateTime.fromJSDate(new Date(typeof seat.createdAt === 'string' && !seat.createdAt.includes('T') ? `${seat.createdAt.replace(' ', 'T')}Z` : seat.createdAt), { zone: edition.timeZone }).toISODate()!;
      daily.set(day, (daily.get(day) ?? 0) + 1);
    }
    const granted = await manager.existsBy(AttendeeListGrant, { sessionId: session.id, organizationId });
    const attendees = granted
      ? (
          await manager
            .createQueryBuilder(Registration, 'r')
            // Only these three fields are ever selected for a partner: no email, no phone.
            .select(['r.name', 'r.organization', 'r.title', 'seat.status'])
            .innerJoin(SessionSeat, 'seat', 'seat.registration_id = r.id')
            .where("seat.session_id = :sessionId AND seat.status IN ('confirmed', 'waitlisted')", { sessionId: session.id })
            .andWhere("r.status IN ('pending', 'confirmed') AND r.anonymized_at IS NULL")
            .orderBy('r.id', 'ASC')
            .getRawMany<{ r_name: string; r_organization: string | null; r_title: string | null; seat_status: string }>()
        ).map((row) => ({ name: row.r_name, organization: row.r_organization, title: row.r_title, seat: row.seat_status }))
      : null;
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
