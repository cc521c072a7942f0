import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendRendered } from '../common/http/send-rendered';
import { IdOrSlug, IdOrSlugPipe } from '../common/pipes/id-or-slug.pipe';
import { PublishedDocumentRoute } from '../releases/documents/published-document-route';
import { PublishedDocuments } from '../releases/documents/published-documents';
import { ScheduleJsonExporter, ScheduleXmlExporter } from '../releases/documents/published-exporters';

@ApiTags('calendars')
@Controller('editions')
export class ScheduleExportsController {
  constructor(
    private readonly documents: PublishedDocuments,
    private readonly scheduleXml: ScheduleXmlExporter,
    private readonly scheduleJson: ScheduleJsonExporter,
  ) {}

  @Get(':idOrSlug/schedule.xml')
  @PublishedDocumentRoute({
    summary: 'The published program in frab/Pentabarf schedule.xml (Giggity, ConfClerk, EventFahrplan)',
    produces: 'application/xml',
    description: 'schedule.xml, valid against the c3voc XSD; 304 when If-None-Match matches',
  })
  async xml(@Param('idOrSlug', IdOrSlugPipe) key: IdOrSlug, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.documents.document(this.scheduleXml, key));
  }

  @Get(':idOrSlug/schedule.json')
  @PublishedDocumentRoute({
    summary: 'The published program in the c3voc schedule.json format',
    description: 'schedule.json, valid against the c3voc JSON schema; 304 when If-None-Match matches',
  })
  async json(@Param('idOrSlug', IdOrSlugPipe) key: IdOrSlug, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.documents.document(this.scheduleJson, key));
  }
}
