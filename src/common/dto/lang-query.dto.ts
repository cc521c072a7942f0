import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export class LangQuery {
  @ApiPropertyOptional({ enum: LANGUAGES, default: 'zh', description: 'zh (default) or en; English falls back to Chinese where a text has no translation' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: 'lang must be zh or en' })
  lang: Language = 'zh';
}
