import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ORGANIZATION_ROLES, OrganizationRole } from '../../organizations/organization-role';
import { OptionalText } from '../../common/validation/text-fields';

export class CreateEditionRoleRequest {
  @ApiProperty()
  @IsInt({ message: 'organizationId must be an integer' })
  @Min(1)
  @Max(2_147_483_647)
  organizationId: number;

  @ApiProperty({ enum: ORGANIZATION_ROLES })
  @IsIn(ORGANIZATION_ROLES, { message: `role must be one of ${ORGANIZATION_ROLES.join(', ')}` })
  role: OrganizationRole;

  @ApiPropertyOptional({ description: 'Position within the role; appended when left out' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  displayOrder?: number;

  @OptionalText(64, '战略合作伙伴')
  sponsorTier?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'The name as this edition prints it' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  printedName?: string | null;
}

export class UpdateEditionRoleRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  displayOrder?: number;

  @OptionalText(64)
  sponsorTier?: string | null;

  @OptionalText(200)
  printedName?: string | null;
}

export class EditionRoleDto {
  @ApiProperty() id: number;
  @ApiProperty() editionId: number;
  @ApiProperty() organizationId: number;
  @ApiProperty({ enum: ORGANIZATION_ROLES }) role: OrganizationRole;
  @ApiProperty() displayOrder: number;
  @ApiPropertyOptional({ nullable: true, type: String }) sponsorTier: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) printedName: string | null;
}

/** A role row as the organizers' editor lists it: the row's id (to reorder or remove it) and the body's names. */
export class EditionRoleHolderDto extends EditionRoleDto {
  @ApiProperty({ example: '中国网络社会组织联合会' }) officialName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) nameEn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '中网联' }) shortName: string | null;
}

export class ReorderEditionRolesRequest {
  @ApiProperty({ enum: ORGANIZATION_ROLES })
  @IsIn(ORGANIZATION_ROLES, { message: `role must be one of ${ORGANIZATION_ROLES.join(', ')}` })
  role: OrganizationRole;

  @ApiProperty({ type: [Number], description: 'Every role row of that role in this edition, in the new order (ids from GET …/roles)' })
  @IsArray()
  @ArrayMaxSize(500)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(2_147_483_647, { each: true })
  roleIds: number[];
}
