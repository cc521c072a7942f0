import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { WindowQuery } from '../../common/paged';

export class AuditQuery extends WindowQuery {
  @ApiPropertyOptional({ description: 'Only writes belonging to this edition' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'editionId must be an integer' })
  @Min(1)
  @Max(2_147_483_647)
  editionId?: number;

  @ApiPropertyOptional({ description: 'Only writes by this account' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'accountId must be an integer' })
  @Min(1)
  @Max(2_147_483_647)
  accountId?: number;

  @ApiPropertyOptional({ example: 'session' })
  @IsOptional()
  @Matches(/^[a-z_]{1,64}$/, { message: 'entityType must be a table name such as session' })
  entityType?: string;
}
