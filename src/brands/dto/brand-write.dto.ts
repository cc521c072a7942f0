import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { BRAND_RUNNERS, BrandRunner } from '../brand-runner';
import { OptionalText, RequiredText } from '../../common/validation/text-fields';

export class CreateBrandRequest {
  @ApiProperty({ example: 'integrity', description: 'URL name; the first part of every edition slug' })
  @Matches(/^[a-z][a-z0-9-]{1,40}$/, { message: 'slug must be 2-41 lower-case letters, digits and hyphens, starting with a letter' })
  slug: string;

  @RequiredText(200, '中国网络诚信大会')
  name: string;

  @OptionalText(200)
  nameEn?: string | null;

  @OptionalText(20_000)
  description?: string | null;

  @OptionalText(20_000)
  descriptionEn?: string | null;

  @ApiPropertyOptional({ enum: BRAND_RUNNERS, default: 'federation', description: 'others: an event other bodies run, in which the federation takes part' })
  @IsOptional()
  @IsIn(BRAND_RUNNERS, { message: `runBy must be one of ${BRAND_RUNNERS.join(', ')}` })
  runBy?: BrandRunner;
}

/** The slug is permanent: edition slugs and published links are built from it. */
export class UpdateBrandRequest extends PartialType(OmitType(CreateBrandRequest, ['slug'] as const)) {}
