import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EditionSummaryDto } from '../../editions/dto/edition.dto';
import { ORGANIZATION_ROLES, OrganizationRole } from '../../organizations/organization-role';
import { SharedContactDto } from './partner.dto';

export class DirectoryEntryDto {
  @ApiProperty() organizationId: number;
  @ApiProperty({ description: 'The name as the edition prints it' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) nameEn: string | null;
  @ApiProperty({ enum: ORGANIZATION_ROLES, isArray: true }) roles: OrganizationRole[];
  @ApiPropertyOptional({ nullable: true, type: SharedContactDto, description: 'Only when that organization shares its contact with co-hosts' }) contact: SharedContactDto | null;
}

export class DirectorySessionDto {
  @ApiProperty() sessionId: number;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ nullable: true, type: String }) titleEn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'With the edition’s offset' }) startsAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) endsAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) room: string | null;
  @ApiProperty({ type: [String], description: 'Hosting organizations as printed' }) hosts: string[];
  @ApiProperty({ description: 'Hosted by the own organization' }) own: boolean;
  @ApiProperty() cancelled: boolean;
}

/** One edition's co-hosts in one table, and the sessions they host as the latest release shows them. */
export class CoHostDirectoryDto {
  @ApiProperty({ type: EditionSummaryDto }) edition: EditionSummaryDto;
  @ApiProperty({ type: [DirectoryEntryDto] }) entries: DirectoryEntryDto[];
  @ApiProperty({ type: [DirectorySessionDto] }) sessions: DirectorySessionDto[];
}
