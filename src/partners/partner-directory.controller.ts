import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PartnerOnly } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { acceptedLanguage } from '../common/i18n/language';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';
import { CoHostDirectory } from './co-host-directory';
import { CoHostDirectoryDto } from './dto/co-host-directory.dto';
import { PartnerOrganization } from './partner-organization.decorator';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A partner's co-host directory of an edition it takes part in (another edition is a 404). */
@ApiTags('partner portal')
@PartnerOnly()
@Controller('partner/editions/:id')
export class PartnerDirectoryController {
  constructor(private readonly directory: CoHostDirectory) {}

  @Get('directory')
  @ApiEditionParam()
  @ApiOperation({ summary: 'The edition’s co-hosts with their shared contacts in one table, and their sessions’ times and rooms' })
  @ApiOkResponse({ type: CoHostDirectoryDto })
  @ApiNotFoundResponse({ type: ApiError })
  show(@PartnerOrganization() organizationId: number, @Param('id', EditionIdPipe) editionId: number): Promise<CoHostDirectoryDto> {
    return this.directory.forPartner(organizationId, editionId);
  }

  @Get('directory.xlsx')
  @ApiEditionParam()
  @ApiOperation({ summary: 'The co-host directory as an Excel workbook (headings in the Accept-Language)' })
  @ApiProduces(XLSX_TYPE)
  @ApiResponse({ status: 200, description: 'The workbook' })
  @ApiNotFoundResponse({ type: ApiError })
  async workbook(@PartnerOrganization() organizationId: number, @Param('id', EditionIdPipe) editionId: number, @Headers('accept-language') language: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const dto = await this.directory.forPartner(organizationId, editionId);
    void reply.type(XLSX_TYPE).header('Content-Disposition', `attachment; filename="co-hosts-${dto.edition.slug}.xlsx"`).header('Cache-Control', 'private, no-store');
    return this.directory.workbook(dto, acceptedLanguage(language));
  }
}
