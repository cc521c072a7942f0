import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendRendered } from '../common/http/send-rendered';
import { IdOrSlug, IdOrSlugPipe } from '../common/pipes/id-or-slug.pipe';
import { PublishedDocumentRoute } from '../releases/documents/published-document-route';
import { PublishedDocuments } from '../releases/documents/published-documents';
import { ProgramPdfExporter } from '../releases/documents/published-exporters';
import { ProgramPdfQuery } from './dto/program-pdf-query.dto';

@ApiTags('program')
@Controller('editions')
export class PrintedProgramsController {
  constructor(
    private readonly documents: PublishedDocuments,
    private readonly pdf: ProgramPdfExporter,
  ) {}

  @Get(':idOrSlug/program.pdf')
  @PublishedDocumentRoute({
    summary: 'The printable program (会议指南) of the latest release: cover, organizations by role, agenda by day',
    produces: 'application/pdf',
    description: 'PDF (A4, or A5 with size=a5); 304 when If-None-Match matches',
  })
  async program(@Param('idOrSlug', IdOrSlugPipe) key: IdOrSlug, @Query() query: ProgramPdfQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.documents.document(this.pdf, key, { lang: query.lang, size: query.size === 'a5' ? 'A5' : 'A4' }));
  }
}
