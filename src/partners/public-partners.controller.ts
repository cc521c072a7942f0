import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission, Public } from '../common/access/access.decorators';
import { SESSION_PARAM } from '../common/access/permission-target';
import { ApiError } from '../common/dto/api-error.dto';
import { sendRendered } from '../common/http/send-rendered';
import { IdOrSlug, IdOrSlugPipe } from '../common/pipes/id-or-slug.pipe';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { AttendeeListGrantsService } from './attendee-list-grants.service';
import { GrantAttendeeListRequest, RoleGroupDto } from './dto/partner.dto';
import { PartnerCalendarQuery } from './dto/partner-calendar-query.dto';
import { PartnerCalendar } from './partner-calendar';
import { PublicPartnersService } from './public-partners.service';

/** Partner data that is public (co-host tables, logos) or behind a signed URL, and organizers' grants. */
@ApiTags('partner portal')
@Controller()
export class PublicPartnersController {
  constructor(
    private readonly publicPartners: PublicPartnersService,
    private readonly calendar: PartnerCalendar,
    private readonly grants: AttendeeListGrantsService,
  ) {}

  @Get('editions/:idOrSlug/partners')
  @Public()
  @ApiOperation({ summary: 'An edition’s co-host table: every organization by role in display order, public profiles only' })
  @ApiParam({ name: 'idOrSlug', example: 'integrity-2019' })
  @ApiOkResponse({ type: [RoleGroupDto] })
  @ApiNotFoundResponse({ type: ApiError })
  editionPartners(@Param('idOrSlug', IdOrSlugPipe) key: IdOrSlug): Promise<RoleGroupDto[]> {
    return this.publicPartners.editionPartners(key);
  }

  @Get('organizations/:id/logo')
  @Public()
  @ApiOperation({ summary: 'An organization’s logo' })
  @ApiProduces('image/png', 'image/jpeg', 'image/svg+xml')
  @ApiResponse({ status: 200, description: 'The image' })
  @ApiNotFoundResponse({ type: ApiError })
  async logo(@Param('id', IdParamPipe) id: number, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const logo = await this.publicPartners.logo(id);
    // An uploaded SVG is checked, and also served so that nothing in it could run or be sniffed as HTML.
    void reply
      .type(logo.type)
      .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'public, max-age=86400');
    return logo.body;
  }

  @Get('partner/calendar.ics')
  @Public()
  @ApiOperation({ summary: 'A partner’s calendar behind its signed URL (from GET /api/partner/calendar-link)' })
  @ApiProduces('text/calendar')
  @ApiResponse({ status: 200, description: 'RFC 5545 calendar' })
  @ApiNotFoundResponse({ type: ApiError })
  async partnerCalendar(@Query() query: PartnerCalendarQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.calendar.feed(query.organization, query.signature), 'inline', true);
  }

  @Post('sessions/:id/attendee-list-grants')
  @EditionPermission('manage_registrations', SESSION_PARAM)
  @ApiOperation({ summary: 'Let a hosting organization see the attendee list of this session (names, organizations, titles)' })
  @ApiResponse({ status: 201, description: 'Granted' })
  @ApiUnprocessableEntityResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  grant(@Param('id', IdParamPipe) sessionId: number, @Body() body: GrantAttendeeListRequest, @CurrentAccount() actor: AuthenticatedAccount) {
    return this.grants.grant(sessionId, body.organizationId, actor);
  }

  @Delete('sessions/:id/attendee-list-grants/:organizationId')
  @EditionPermission('manage_registrations', SESSION_PARAM)
  @HttpCode(204)
  @ApiOperation({ summary: 'Take the attendee list back' })
  @ApiResponse({ status: 204, description: 'Revoked' })
  @ApiNotFoundResponse({ type: ApiError })
  revoke(@Param('id', IdParamPipe) sessionId: number, @Param('organizationId', IdParamPipe) organizationId: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    return this.grants.revoke(sessionId, organizationId, actor);
  }
}
