import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class ProposalQuery {
  @ApiPropertyOptional({ description: 'Only this edition’s proposals' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'editionId must be an integer' })
  @Min(1)
  @Max(2_147_483_647)
  editionId?: number;
}
