import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { sendRendered } from '../common/http/send-rendered';
import { IdOrSlug, IdOrSlugPipe } from '../common/pipes/id-or-slug.pipe';
import { ProgramPdfQuery } from './dto/program-pdf-query.dto';
import { PublishedDocuments } from '../releases/documents/published-documents';
import { ProgramPdfExporter } from '../releases/documents/published-exporters';

@ApiTags('program')
@Controller('editions')
export class PrintedProgramsController {
  constructor(
    private readonly documents: PublishedDocuments,
    private readonly pdf: ProgramPdfExporter,
  ) {}

  @Get(':idOrSlug/program.pdf')
  @Public()
  @ApiOperation({ summary: 'The printable program (会议指南) of the latest release: cover, organizations by role, agenda by day' })
  @ApiParam({ name: 'idOrSlug', example: 'integrity-2019' })
  @ApiProduces('application/pdf')
  @ApiResponse({ status: 200, description: 'PDF (A4, or A5 with size=a5); 304 when If-None-Match matches' })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiBadRequestResponse({ type: ApiError })
  async program(@Param('idOrSlug', IdOrSlugPipe) key: IdOrSlug, @Query() query: ProgramPdfQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.documents.document(this.pdf, key, { lang: query.lang, size: query.size === 'a5' ? 'A5' : 'A4' }));
  }
}
