import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsInt, IsOptional, IsString, IsUrl, Max, MaxLength, Min, MinLength } from 'class-validator';
import { EditionSummaryDto } from '../../editions/dto/edition.dto';
import { OptionalText, TEXT_LIMITS } from '../../common/validation/text-fields';
import { ORGANIZATION_KINDS, ORGANIZATION_ROLES, OrganizationKind, OrganizationRole } from '../../organizations/organization-role';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** What anybody may know of an organization. */
export class PublicProfileDto {
  @ApiProperty() id: number;
  @ApiProperty({ example: '中国网络社会组织联合会' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) nameEn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) shortName: string | null;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind: OrganizationKind;
  @ApiPropertyOptional({ nullable: true, type: String }) website: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) descriptionEn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'URL of the logo' }) logoUrl: string | null;
}

export class SharedContactDto {
  @ApiPropertyOptional({ nullable: true, type: String }) name: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) email: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) phone: string | null;
}

/** A co-host as another partner sees it: the public profile, and the contact only if it chose to share it. */
export class CoHostDto extends PublicProfileDto {
  @ApiProperty({ example: '陕西省网信办', description: 'The name as the edition prints it' }) printedName: string;
  @ApiProperty() displayOrder: number;
  @ApiPropertyOptional({ nullable: true, type: String }) sponsorTier: string | null;
  @ApiPropertyOptional({ nullable: true, type: SharedContactDto, description: 'Present only when that organization shares its contact with co-hosts' })
  contact: SharedContactDto | null;
}

export class RoleGroupDto {
  @ApiProperty({ enum: ORGANIZATION_ROLES }) role: OrganizationRole;
  @ApiProperty({ example: '主办单位' }) label: string;
  @ApiProperty({ example: 'Hosts' }) labelEn: string;
  @ApiProperty({ type: [CoHostDto] }) organizations: CoHostDto[];
}

export class HostedSessionRefDto {
  @ApiProperty() sessionId: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ORGANIZATION_ROLES }) role: OrganizationRole;
}

export class PartnerEditionDto {
  @ApiProperty({ type: EditionSummaryDto }) edition: EditionSummaryDto;
  @ApiProperty({ enum: ORGANIZATION_ROLES, isArray: true, description: 'The partner’s own roles in the edition' }) roles: OrganizationRole[];
  @ApiProperty({ type: [HostedSessionRefDto], description: 'Sessions (e.g. sub-forums) the partner hosts in it' }) sessions: HostedSessionRefDto[];
  @ApiProperty({ type: [RoleGroupDto], description: 'Every other organization of the edition by role, in display order' }) coHosts: RoleGroupDto[];
}

/** The partner's own profile, private contact fields included. */
export class OwnProfileDto extends PublicProfileDto {
  @ApiProperty({ type: [String] }) aliases: string[];
  @ApiPropertyOptional({ nullable: true, type: String }) contactName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) contactEmail: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) contactPhone: string | null;
  @ApiProperty({ description: 'Whether co-hosts see the contact fields' }) shareContact: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'A new name asked for and not yet approved by an organizer; the public sees `name` until then' }) pendingName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) pendingNameSince: string | null;
}

export class UpdateOwnProfileRequest {
  @ApiPropertyOptional({ description: 'A new full Chinese name: it must not be, or read like, another organization’s name, and it is shown once an organizer approves it (see pendingName)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.name)
  name?: string;

  /** Longer than other English names: the organization table keeps 300 characters of it. */
  @OptionalText(300)
  nameEn?: string | null;

  @OptionalText(TEXT_LIMITS.description)
  description?: string | null;

  @OptionalText(TEXT_LIMITS.description)
  descriptionEn?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) URL' })
  @MaxLength(300)
  website?: string | null;

  @OptionalText(100)
  contactName?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  @MaxLength(254)
  contactEmail?: string | null;

  @OptionalText(32)
  contactPhone?: string | null;

  @ApiPropertyOptional({ description: 'Show the contact fields to co-hosts' })
  @IsOptional()
  @IsBoolean({ message: 'shareContact must be true or false' })
  shareContact?: boolean;
}

export class DailyCountDto {
  @ApiProperty({ example: '2026-11-20' }) date: string;
  @ApiProperty() registrations: number;
}

export class AttendeeListEntryDto {
  @ApiProperty() name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) organization: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) title: string | null;
  @ApiProperty({ enum: ['confirmed', 'waitlisted'] }) seat: string;
}

export class HostedSessionDto {
  @ApiProperty() sessionId: number;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ nullable: true, type: String }) startsAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) room: string | null;
  @ApiProperty({ enum: ORGANIZATION_ROLES }) role: OrganizationRole;
  @ApiPropertyOptional({ nullable: true, type: Number }) capacity: number | null;
  @ApiProperty() confirmed: number;
  @ApiProperty() waitlisted: number;
  @ApiProperty() checkedIn: number;
  @ApiProperty({ type: [DailyCountDto], description: 'Seats taken or queued per local day' }) daily: DailyCountDto[];
  @ApiProperty({ description: 'Whether an organizer granted this organization the attendee list' }) attendeeListGranted: boolean;
  @ApiPropertyOptional({ type: [AttendeeListEntryDto], nullable: true, description: 'Only when granted: names, organizations, titles; never emails or phones' })
  attendees: AttendeeListEntryDto[] | null;
}

export class CalendarLinkDto {
  @ApiProperty({ description: 'Secret feed URL; anyone with it can read the calendar' }) url: string;
  @ApiProperty() webcal: string;
}

export class GrantAttendeeListRequest {
  @ApiProperty({ description: 'An organization that hosts the session' })
  @IsInt({ message: 'organizationId must be an integer' })
  @Min(1)
  @Max(2_147_483_647)
  organizationId: number;
}
