import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LangQuery } from '../../common/dto/lang-query.dto';

export class ProgramPdfQuery extends LangQuery {
  @ApiPropertyOptional({ enum: ['a4', 'a5'], default: 'a4', description: 'a5 for a pocket booklet' })
  @IsOptional()
  @IsIn(['a4', 'a5'], { message: 'size must be a4 or a5' })
  size: 'a4' | 'a5' = 'a4';
}
