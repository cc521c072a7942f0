import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { LangQuery, PersonalDocumentQuery } from '../common/dto/lang-query.dto';
import { sendRendered } from '../common/http/send-rendered';
import { IdOrSlug, IdOrSlugPipe } from '../common/pipes/id-or-slug.pipe';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { CalendarFeedsService } from './calendar-feeds.service';
import { PersonalCalendar } from './personal-calendar';
import { RegistrationAccess } from '../registrations/registration-access';

const ICS = { status: 200, description: 'RFC 5545 calendar (text/calendar; charset=utf-8); 304 when If-None-Match matches' };

@ApiTags('calendars')
@Controller()
export class CalendarFeedsController {
  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly personalCalendar: PersonalCalendar,
  ) {}

  @Get('editions/:idOrSlug/calendar.ics')
  @Public()
  @ApiOperation({ summary: 'The published program as a calendar to download or subscribe to (webcal)' })
  @ApiParam({ name: 'idOrSlug', example: 'integrity-2019' })
  @ApiProduces('text/calendar')
  @ApiResponse(ICS)
  @ApiNotFoundResponse({ type: ApiError })
  @ApiBadRequestResponse({ type: ApiError })
  async edition(@Param('idOrSlug', IdOrSlugPipe) key: IdOrSlug, @Query() query: LangQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.feeds.editionFeed(key, query.lang));
  }

  @Get('sessions/:id/calendar.ics')
  @Public()
  @ApiOperation({ summary: 'One published session as a calendar event' })
  @ApiProduces('text/calendar')
  @ApiResponse(ICS)
  @ApiNotFoundResponse({ type: ApiError })
  async session(@Param('id', IdParamPipe) id: number, @Query() query: LangQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.feeds.sessionFeed(id, query.lang));
  }

  @Get('organizations/:id/calendar.ics')
  @Public()
  @ApiOperation({ summary: 'The published sessions an organization hosts, across editions' })
  @ApiProduces('text/calendar')
  @ApiResponse(ICS)
  @ApiNotFoundResponse({ type: ApiError })
  async organization(@Param('id', IdParamPipe) id: number, @Query() query: LangQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.feeds.organizationFeed(id, query.lang));
  }

  @Get('registrations/:code/calendar.ics')
  @Public()
  @ApiOperation({ summary: 'An attendee’s own sessions (confirmed; waitlisted as tentative), to subscribe to with ?token=' })
  @ApiProduces('text/calendar')
  @ApiResponse(ICS)
  @ApiNotFoundResponse({ type: ApiError })
  async personal(@Param('code') code: string, @Query() query: PersonalDocumentQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const document = await this.personalCalendar.feed(code, RegistrationAccess.tokenOf(request), query.lang);
    return sendRendered(request, reply, document, 'inline', true);
  }
}
