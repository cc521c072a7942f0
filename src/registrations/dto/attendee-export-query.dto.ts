import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LANGUAGES, type Language } from '../../common/dto/lang-query.dto';

/** No default language here: without `lang`, the export follows the client's Accept-Language. */
export class AttendeeExportQuery {
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Headers and statuses in zh or en; when absent, Accept-Language decides (Chinese unless English comes first)' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: 'lang must be zh or en' })
  lang?: Language;
}
