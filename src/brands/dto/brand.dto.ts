import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EditionSummaryDto } from '../../editions/dto/edition.dto';
import { BRAND_RUNNERS, BrandRunner } from '../brand-runner';

export class BrandDto {
  @ApiProperty({ example: 'integrity' })
  slug: string;

  @ApiProperty({ example: '中国网络诚信大会' })
  name: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'China Internet Integrity Conference' })
  nameEn: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  description: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  descriptionEn: string | null;

  @ApiProperty({ enum: BRAND_RUNNERS, description: 'federation: one of the federation’s own brands; others: an event others run, in which the federation hosts, organizes or co-organizes a forum' })
  runBy: BrandRunner;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Where these facts come from: one citation a line, `<document>: <sentence>`' })
  source: string | null;

  @ApiPropertyOptional({ nullable: true, type: [String], description: 'Fields whose values no document gives and the organizer added' })
  organizerAdded: string[] | null;

  @ApiProperty({ type: [EditionSummaryDto], description: 'Public editions, newest first' })
  editions: EditionSummaryDto[];
}
