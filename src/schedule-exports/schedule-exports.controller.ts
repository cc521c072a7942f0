import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { sendRendered } from '../common/http/send-rendered';
import { IdOrSlug, IdOrSlugPipe } from '../common/pipes/id-or-slug.pipe';
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
  @Public()
  @ApiOperation({ summary: 'The published program in frab/Pentabarf schedule.xml (Giggity, ConfClerk, EventFahrplan)' })
  @ApiParam({ name: 'idOrSlug', example: 'integrity-2019' })
  @ApiProduces('application/xml')
  @ApiResponse({ status: 200, description: 'schedule.xml, valid against the c3voc XSD; 304 when If-None-Match matches' })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiBadRequestResponse({ type: ApiError })
  async xml(@Param('idOrSlug', IdOrSlugPipe) key: IdOrSlug, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.documents.document(this.scheduleXml, key));
  }

  @Get(':idOrSlug/schedule.json')
  @Public()
  @ApiOperation({ summary: 'The published program in the c3voc schedule.json format' })
  @ApiParam({ name: 'idOrSlug', example: 'integrity-2019' })
  @ApiResponse({ status: 200, description: 'schedule.json, valid against the c3voc JSON schema; 304 when If-None-Match matches' })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiBadRequestResponse({ type: ApiError })
  async json(@Param('idOrSlug', IdOrSlugPipe) key: IdOrSlug, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.documents.document(this.scheduleJson, key));
  }
}
