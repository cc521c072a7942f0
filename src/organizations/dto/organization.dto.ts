import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANIZATION_KINDS, ORGANIZATION_ROLES, OrganizationKind, OrganizationRole } from '../organization-role';
import type { Organization } from '../entities/organization.entity';
import { aliasNames, organizationIdentity } from '../organization-identity';

/** An organization as the public sees it. `name` is the Chinese name, the one printed first. */
export class OrganizationDto {
  @ApiProperty({ example: 1 })
  id: number;

  @ApiProperty({ example: '中国网络社会组织联合会' })
  name: string;

  @ApiPropertyOptional({ example: 'China Federation of Internet Societies', nullable: true, type: String })
  nameEn: string | null;

  @ApiPropertyOptional({ example: '中网联', nullable: true, type: String })
  shortName: string | null;

  @ApiProperty({ enum: ORGANIZATION_KINDS })
  kind: OrganizationKind;

  @ApiPropertyOptional({ nullable: true, type: String })
  website: string | null;

  @ApiProperty({ type: [String], example: ['中国网络社会组织联合会 (CFIS)'], description: 'Other names of the same body' })
  aliases: string[];

  static from(organization: Organization): OrganizationDto {
    return { ...organizationIdentity(organization), aliases: aliasNames(organization) };
  }
}

/** An organization named in an edition's role, in its printed place. */
export class RoleHolderDto {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '陕西省网信办', description: "The name as this edition prints it" })
  name: string;

  @ApiProperty({ example: '陕西省互联网信息办公室', description: "The organization's full official name" })
  officialName: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  nameEn: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '陕西省网信办' })
  shortName: string | null;

  @ApiProperty({ enum: ORGANIZATION_KINDS })
  kind: OrganizationKind;

  @ApiProperty({ description: 'Position within the role, 1 first' })
  displayOrder: number;

  @ApiPropertyOptional({ nullable: true, type: String })
  sponsorTier: string | null;
}

export class OrganizationEditionRoleDto {
  @ApiProperty({ enum: ORGANIZATION_ROLES })
  role: OrganizationRole;

  @ApiProperty({ example: 'integrity-2019' })
  editionSlug: string;

  @ApiProperty()
  editionId: number;

  @ApiProperty({ example: '2019中国网络诚信大会' })
  editionTitle: string;

  @ApiProperty({ example: 2019 })
  year: number;

  @ApiProperty({ example: 'integrity' })
  brand: string;

  @ApiProperty()
  displayOrder: number;
}

export class OrganizationSessionRoleDto {
  @ApiProperty({ enum: ORGANIZATION_ROLES })
  role: OrganizationRole;

  @ApiProperty()
  sessionId: number;

  @ApiProperty({ example: '平台经济诚信建设分论坛' })
  sessionTitle: string;

  @ApiProperty({ example: 'sub_forum' })
  sessionKind: string;

  @ApiProperty()
  editionId: number;

  @ApiProperty({ example: 'civilization-2021' })
  editionSlug: string;

  @ApiProperty()
  editionTitle: string;
}

export class OrganizationDetailDto extends OrganizationDto {
  @ApiPropertyOptional({ nullable: true, type: String })
  description: string | null;

  @ApiProperty({ type: [OrganizationEditionRoleDto], description: 'Every role held in a public edition, newest first' })
  editionRoles: OrganizationEditionRoleDto[];

  @ApiProperty({ type: [OrganizationSessionRoleDto], description: 'Sessions (e.g. sub-forums) it hosted or organized' })
  sessionRoles: OrganizationSessionRoleDto[];
}

/** A partner's request for a new name, waiting for an organizer. */
export class PendingRenameDto {
  @ApiProperty() id: number;
  @ApiProperty({ description: 'The name shown now' }) name: string;
  @ApiProperty({ description: 'The name the partner asked for' }) pendingName: string;
  @ApiProperty({ format: 'date-time' }) pendingNameSince: string;
}
