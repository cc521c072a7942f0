import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

import { LANGUAGES, type Language } from '../i18n/language';

export { LANGUAGES, type Language } from '../i18n/language';

export class LangQuery {
  @ApiPropertyOptional({ enum: LANGUAGES, default: 'zh', description: 'zh (default) or en; English falls back to Chinese where a text has no translation' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: 'lang must be zh or en' })
  lang: Language = 'zh';
}

/** A personal document (an attendee's calendar or ticket): the language, and the token that proves ownership. */
export class PersonalDocumentQuery extends LangQuery {
  @ApiPropertyOptional({ description: 'The registration token (or send Authorization: Bearer <token>)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  token?: string;
}
