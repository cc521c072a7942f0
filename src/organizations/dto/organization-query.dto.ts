import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { WindowQuery } from '../../common/paged';

export class OrganizationQuery extends WindowQuery {
  @ApiPropertyOptional({ description: 'Matches any name, short name or alias, anywhere in it', example: '中网联' })
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @MinLength(1, { message: 'q must not be empty' })
  @MaxLength(100)
  q?: string;
}
