import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { ORGANIZATION_ROLES, OrganizationRole } from '../organization-role';
import { OrganizationDto } from './organization.dto';

export class MergePreviewQuery {
  @ApiProperty({ description: 'The organization that would be merged into this one and removed' })
  @Type(() => Number)
  @IsInt({ message: 'duplicateId must be an integer' })
  @Min(1)
  @Max(2_147_483_647)
  duplicateId: number;
}

/** One role of the duplicate, and what the merge does with it. */
export class MergedRoleDto {
  @ApiProperty({ enum: ORGANIZATION_ROLES }) role: OrganizationRole;
  @ApiProperty({ example: '2019中国网络诚信大会', description: 'The edition, or the session, where the role is held' })
  where: string;
  @ApiProperty({ example: 'integrity-2019' }) editionSlug: string;
  @ApiProperty({ description: 'true: the kept organization already holds this role there, so the duplicate’s row is dropped rather than moved' })
  dropped: boolean;
}

/** What a merge would do, before it is done: nothing is written. */
export class MergePreviewDto {
  @ApiProperty({ type: OrganizationDto }) kept: OrganizationDto;
  @ApiProperty({ type: OrganizationDto }) duplicate: OrganizationDto;
  @ApiProperty({ type: [MergedRoleDto], description: 'The duplicate’s roles in editions' }) editionRoles: MergedRoleDto[];
  @ApiProperty({ type: [MergedRoleDto], description: 'The duplicate’s roles in sessions (sub-forum hosts…)' }) sessionRoles: MergedRoleDto[];
  @ApiProperty({ type: [String], description: 'The duplicate’s names that become aliases of the kept organization' }) aliasesAdded: string[];
  @ApiProperty({ description: 'Partner accounts that move to the kept organization' }) partnerAccounts: number;
  @ApiProperty({ description: 'Speakers whose organization becomes the kept one' }) speakers: number;
  @ApiProperty({ description: 'Attendee-list grants that move to the kept organization' }) attendeeListGrants: number;
}
