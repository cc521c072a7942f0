import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ORGANIZATION_KINDS, OrganizationKind } from '../organization-role';
import { OptionalText, RequiredText } from '../../common/validation/text-fields';

export class CreateOrganizationRequest {
  @ApiProperty({ example: '中国网络社会组织联合会', description: 'Full official Chinese name' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @OptionalText(300, 'China Federation of Internet Societies')
  nameEn?: string | null;

  @OptionalText(100, '中网联')
  shortName?: string | null;

  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS, default: 'other' })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS, { message: `kind must be one of ${ORGANIZATION_KINDS.join(', ')}` })
  kind?: OrganizationKind;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'https://www.example.org.cn' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) URL' })
  @MaxLength(300)
  website?: string | null;

  @OptionalText(20_000)
  description?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Other names of the same body' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];
}

/** Aliases have their own routes (add, remove), so that one is never dropped by a partial update. */
export class UpdateOrganizationRequest extends PartialType(OmitType(CreateOrganizationRequest, ['aliases'] as const)) {}

export class AddAliasRequest {
  @RequiredText(200, '国家网信办')
  name: string;
}

export class MergeOrganizationsRequest {
  @ApiProperty({ description: 'The organization that turned out to be the same body; it is merged into this one and removed' })
  @IsInt({ message: 'duplicateId must be an integer' })
  @Min(1)
  @Max(2_147_483_647)
  duplicateId: number;
}
