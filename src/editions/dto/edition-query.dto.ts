import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { WindowQuery } from '../../common/paged';

export class EditionQuery extends WindowQuery {
  @ApiPropertyOptional({ description: 'Brand slug', example: 'integrity' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'brand must be a brand slug (lower-case letters, digits, hyphens)' })
  brand?: string;

  @ApiPropertyOptional({ example: 2019 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be an integer' })
  @Min(1990)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ description: 'City, Chinese or English name (exact)', example: '西安' })
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(100)
  city?: string;
}
