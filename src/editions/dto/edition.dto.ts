import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { localDayBounds } from '../../common/zoned-dates';
import { RoleHolderDto } from '../../organizations/dto/organization.dto';
import { ORGANIZATION_ROLES, OrganizationRole } from '../../organizations/organization-role';
import { EDITION_STATUSES, EditionStatus, REGISTRATION_CONFIRMATIONS, RegistrationConfirmation } from '../edition-status';
import type { Edition, EditionRoleWithOrganization, EditionWithBrand } from '../edition.store';

export class EditionBrandDto {
  @ApiProperty({ example: 'integrity' })
  slug: string;

  @ApiProperty({ example: '中国网络诚信大会' })
  name: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  nameEn: string | null;
}

/** An edition in lists. Text fields without a suffix are Chinese, the language of record. */
export class EditionSummaryDto {
  @ApiProperty({ example: 2 })
  id: number;

  @ApiProperty({ example: 'integrity-2019' })
  slug: string;

  @ApiProperty({ type: EditionBrandDto })
  brand: EditionBrandDto;

  @ApiProperty({ example: 2019 })
  year: number;

  @ApiPropertyOptional({ nullable: true, type: Number, description: '首届 = 1; null when known by year only' })
  ordinal: number | null;

  @ApiProperty({ example: '2019中国网络诚信大会' })
  title: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  titleEn: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '网聚诚信力量 共创信用中国' })
  theme: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  themeEn: string | null;

  @ApiProperty({ description: 'false while the dates are still to be announced (日期待定): then startDate, endDate, startsAt and endsAt are null' })
  datesAnnounced: boolean;

  @ApiProperty({ nullable: true, type: String, example: '2019-12-02', description: 'First local day, in timeZone; null while to be announced' })
  startDate: string | null;

  @ApiProperty({ nullable: true, type: String, example: '2019-12-02', description: 'Last local day, in timeZone; null while to be announced' })
  endDate: string | null;

  @ApiProperty({ nullable: true, type: String, example: '2019-12-02T00:00:00+08:00', description: 'Start of the first day, ISO 8601 with offset' })
  startsAt: string | null;

  @ApiProperty({ nullable: true, type: String, example: '2019-12-02T23:59:59+08:00', description: 'End of the last day, ISO 8601 with offset' })
  endsAt: string | null;

  @ApiProperty({ example: 'Asia/Shanghai' })
  timeZone: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: '西安' })
  city: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: "Xi'an" })
  cityEn: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '陕西省', description: 'The province of the city, as the reference list (GET /api/places/provinces) names it' })
  province: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  venue: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  venueEn: string | null;

  @ApiProperty({ enum: EDITION_STATUSES })
  status: EditionStatus;

  /** `edition.brand` must be loaded. */
  static from(edition: EditionWithBrand): EditionSummaryDto {
    return {
      id: edition.id,
      slug: edition.slug,
      brand: { slug: edition.brand.slug, name: edition.brand.nameZh, nameEn: edition.brand.nameEn },
      year: edition.year,
      ordinal: edition.ordinal,
      title: edition.titleZh,
      titleEn: edition.titleEn,
      theme: edition.themeZh,
      themeEn: edition.themeEn,
      datesAnnounced: edition.startDate !== null && edition.endDate !== null,
      startDate: edition.startDate,
      endDate: edition.endDate,
      ...(edition.startDate !== null && edition.endDate !== null
        ? localDayBounds(edition.startDate, edition.endDate, edition.timeZone)
        : { startsAt: null, endsAt: null }),
      timeZone: edition.timeZone,
      city: edition.cityZh,
      cityEn: edition.cityEn,
      province: edition.provinceZh,
      venue: edition.venueZh,
      venueEn: edition.venueEn,
      status: edition.status,
    };
  }
}

/** Organizations of an edition by role, roles in programme order, holders in display order. */
export type EditionRoles = Partial<Record<OrganizationRole, RoleHolderDto[]>>;

const rolesSchema = {
  type: 'object',
  description:
    'Organizations by role (keys in programme order: ' +
    ORGANIZATION_ROLES.join(', ') +
    '; a role with nobody is left out), each list in display order',
  properties: Object.fromEntries(
    ORGANIZATION_ROLES.map((role) => [role, { type: 'array', items: { $ref: '#/components/schemas/RoleHolderDto' } }]),
  ),
};

export class EditionLinksDto {
  @ApiProperty({ example: 'http://localhost:3000/api/editions/integrity-2019/calendar.ics' }) calendar: string;
  @ApiProperty({ example: 'webcal://localhost:3000/api/editions/integrity-2019/calendar.ics', description: 'Subscribe in a calendar app' }) webcal: string;
  @ApiProperty() scheduleXml: string;
  @ApiProperty() scheduleJson: string;
  @ApiProperty() programPdf: string;
}

/** How an edition takes registrations, as its organizers set them (PATCH /api/editions/{id}); shown to organizers only. */
export class EditionRegistrationSettingsDto {
  @ApiProperty() requiresApproval: boolean;
  @ApiPropertyOptional({ nullable: true, type: Number }) registrationCapacity: number | null;
  @ApiProperty() registeredCount: number;
  @ApiProperty({ enum: REGISTRATION_CONFIRMATIONS, description: 'email: seats are held until the attendee confirms by the mailed link' }) registrationConfirmation: RegistrationConfirmation;
  @ApiProperty({ example: 30 }) confirmationWindowMinutes: number;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', description: 'Registration opens (null: open now)' }) registrationOpensAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', description: 'Registration closes (null: until the edition)' }) registrationClosesAt: string | null;
}

export class EditionDetailDto extends EditionSummaryDto {
  @ApiProperty({ type: EditionLinksDto, description: 'Exports of the published program' })
  links: EditionLinksDto;

  @ApiPropertyOptional({ nullable: true, type: String })
  description: string | null;

  @ApiProperty(rolesSchema as never)
  roles: EditionRoles;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Where these facts come from: one citation a line, `<document>: <sentence>`' })
  source: string | null;

  @ApiPropertyOptional({ nullable: true, type: [String], description: 'Fields whose values no document gives and the organizer added' })
  organizerAdded: string[] | null;

  @ApiPropertyOptional({ type: EditionRegistrationSettingsDto, description: 'Organizers only' })
  registrationSettings?: EditionRegistrationSettingsDto;

  static registrationSettingsOf(edition: Edition): EditionRegistrationSettingsDto {
    return {
      requiresApproval: edition.requiresApproval,
      registrationCapacity: edition.registrationCapacity,
      registeredCount: edition.registeredCount,
      registrationConfirmation: edition.registrationConfirmation,
      confirmationWindowMinutes: edition.confirmationWindowMinutes,
      registrationOpensAt: edition.registrationOpensAt?.toISOString() ?? null,
      registrationClosesAt: edition.registrationClosesAt?.toISOString() ?? null,
    };
  }

  static fromWithRoles(edition: EditionWithBrand, roles: EditionRoleWithOrganization[], links: EditionLinksDto): EditionDetailDto {
    return {
      ...EditionSummaryDto.from(edition),
      links,
      description: edition.descriptionZh,
      roles: groupRoles(roles),
      source: edition.source,
      organizerAdded: edition.organizerAdded,
    };
  }
}

function groupRoles(roles: EditionRoleWithOrganization[]): EditionRoles {
  const grouped: EditionRoles = {};
  for (const role of ORGANIZATION_ROLES) {
    const holders = roles
      .filter((r) => r.role === role)
      .sort((a, b) => a.displayOrder - b.displayOrder || a.id - b.id)
      .map((r) => ({
        id: r.organization.id,
        name: r.printedName ?? r.organization.nameZh,
        officialName: r.organization.nameZh,
        nameEn: r.organization.nameEn,
        shortName: r.organization.shortName,
        kind: r.organization.kind,
        displayOrder: r.displayOrder,
        sponsorTier: r.sponsorTier,
      }));
    if (holders.length > 0) grouped[role] = holders;
  }
  return grouped;
}
