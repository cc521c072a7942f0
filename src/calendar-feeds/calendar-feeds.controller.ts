import { applyDecorators, Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { LangQuery, PersonalDocumentQuery } from '../common/dto/lang-query.dto';
import { sendRendered } from '../common/http/send-rendered';
import { IdOrSlug, IdOrSlugPipe } from '../common/pipes/id-or-slug.pipe';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { CalendarFeedsService } from './calendar-feeds.service';
import { AttendeeDocuments } from '../attendee-documents/attendee-documents';
import { RegistrationAccess } from '../registrations/registration-access';

/** A public calendar route: what every one of them declares, with its own summary. */
const CalendarRoute = (summary: string) =>
  applyDecorators(
    Public(),
    ApiOperation({ summary }),
    ApiProduces('text/calendar'),
    ApiResponse({ status: 200, description: 'RFC 5545 calendar (text/calendar; charset=utf-8); 304 when If-None-Match matches' }),
    ApiNotFoundResponse({ type: ApiError }),
  );

@ApiTags('calendars')
@Controller()
export class CalendarFeedsController {
  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly attendeeDocuments: AttendeeDocuments,
  ) {}

  @Get('editions/:idOrSlug/calendar.ics')
  @CalendarRoute('The published program as a calendar to download or subscribe to (webcal)')
  @ApiParam({ name: 'idOrSlug', example: 'integrity-2019' })
  @ApiBadRequestResponse({ type: ApiError })
  async edition(@Param('idOrSlug', IdOrSlugPipe) key: IdOrSlug, @Query() query: LangQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.feeds.editionFeed(key, query.lang));
  }

  @Get('sessions/:id/calendar.ics')
  @CalendarRoute('One published session as a calendar event')
  async session(@Param('id', IdParamPipe) id: number, @Query() query: LangQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.feeds.sessionFeed(id, query.lang));
  }

  @Get('organizations/:id/calendar.ics')
  @CalendarRoute('The published sessions an organization hosts, across editions')
  async organization(@Param('id', IdParamPipe) id: number, @Query() query: LangQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.feeds.organizationFeed(id, query.lang));
  }

  @Get('registrations/:code/calendar.ics')
  @CalendarRoute('An attendee’s own sessions (confirmed; waitlisted as tentative), to subscribe to with ?token=')
  async personal(@Param('code') code: string, @Query() query: PersonalDocumentQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const document = await this.attendeeDocuments.calendar(code, RegistrationAccess.tokenOf(request), query.lang);
    return sendRendered(request, reply, document, 'inline', true);
  }
}
