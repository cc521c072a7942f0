import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class CreateBrandRequest {
  @ApiProperty({ example: 'integrity', description: 'URL name; the first part of every edition slug' })
  @Matches(/^[a-z][a-z0-9-]{1,40}$/, { message: 'slug must be 2-41 lower-case letters, digits and hyphens, starting with a letter' })
  slug: string;

  @ApiProperty({ example: '中国网络诚信大会' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nameEn?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  description?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  descriptionEn?: string | null;
}

/** The slug is permanent: edition slugs and published links are built from it. */
export class UpdateBrandRequest extends PartialType(OmitType(CreateBrandRequest, ['slug'] as const)) {}
