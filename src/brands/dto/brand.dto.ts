import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EditionSummaryDto } from '../../editions/dto/edition.dto';

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

  @ApiProperty({ type: [EditionSummaryDto], description: 'Public editions, newest first' })
  editions: EditionSummaryDto[];
}
