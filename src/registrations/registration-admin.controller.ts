import { Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission } from '../common/access/access.decorators';
import { REGISTRATION_CODE } from '../common/access/permission-target';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { sendPaged } from '../common/paged';
import { AttendeeExportQuery } from './dto/attendee-export-query.dto';
import { CheckInDto, EditionAttendanceDto } from './dto/attendance.dto';
import { RegistrationDto } from './dto/registration.dto';
import { RegistrationQuery } from './dto/registration-query.dto';
import { exportLanguage } from './attendee-export';
import { RegistrationAdminService } from './registration-admin.service';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('registration (organizers)')
@Controller()
export class RegistrationAdminController {
  constructor(private readonly admin: RegistrationAdminService) {}

  @Get('editions/:id/registrations')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({ summary: 'Registrations of an edition, filtered by session and status; total in X-Total-Count' })
  @ApiOkResponse({ type: [RegistrationDto] })
  @ApiNotFoundResponse({ type: ApiError })
  async list(@Param('id', EditionIdPipe) editionId: number, @Query() query: RegistrationQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendPaged(reply, await this.admin.list(editionId, query));
  }

  @Get('editions/:id/registrations.csv')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({
    summary: 'Every registration as CSV for Excel and WPS: one row per registration with its sessions and their statuses',
    description:
      'UTF-8 with a byte-order mark, CRLF lines. Headers in Chinese, in English with `?lang=en` or `Accept-Language: en`. ' +
      "Times are the edition's wall clock (`2026-12-01 14:05:09`, the zone named in the header). Texts are as people wrote them; " +
      'a text that a spreadsheet would run as a formula or turn into a number (`=…`, `+86 138 0013 8000`, `13800138000`) is written as ' +
      'a text formula `="…"` holding only a string literal, so spreadsheets show it exactly, with no apostrophe and nothing executed.',
  })
  @ApiProduces('text/csv')
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'en for English headers and statuses (Chinese otherwise); `?lang=` wins' })
  @ApiOkResponse({ description: 'The CSV file (attachment)', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse({ type: ApiError })
  csv(
    @Param('id', EditionIdPipe) editionId: number,
    @Query() query: AttendeeExportQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return this.export(editionId, 'csv', query, acceptLanguage, reply);
  }

  @Get('editions/:id/registrations.xlsx')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({
    summary: 'Every registration as an Excel workbook (.xlsx): one row per registration with its sessions and their statuses',
    description:
      'One sheet with a frozen, bold header row (Chinese; English with `?lang=en` or `Accept-Language: en`), a filter and column widths. ' +
      "Texts are typed string cells, as people wrote them (a name starting with = is shown, never run; phones keep their spaces and +); times are date-time cells showing the edition's wall clock, the zone named in the header.",
  })
  @ApiProduces(XLSX)
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'en for English headers and statuses (Chinese otherwise); `?lang=` wins' })
  @ApiOkResponse({ description: 'The workbook (attachment)', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiNotFoundResponse({ type: ApiError })
  xlsx(
    @Param('id', EditionIdPipe) editionId: number,
    @Query() query: AttendeeExportQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return this.export(editionId, 'xlsx', query, acceptLanguage, reply);
  }

  private async export(editionId: number, format: 'csv' | 'xlsx', query: AttendeeExportQuery, acceptLanguage: string | undefined, reply: FastifyReply): Promise<Buffer> {
    const lang = exportLanguage(query.lang, acceptLanguage);
    const { body, filename } = await this.admin.export(editionId, format, lang);
    void reply
      .type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX)
      .header('Content-Disposition', `attachment; filename="${filename}"`)
      .header('Content-Language', lang === 'en' ? 'en' : 'zh-CN')
      .header('Vary', 'Accept-Language')
      .header('Cache-Control', 'no-store');
    return body;
  }

  @Get('editions/:id/attendance')
  @ApiEditionParam()
  @EditionPermission('view')
  @ApiOperation({ summary: 'Counts per status and per session: confirmed, waitlisted, cancelled, checked in' })
  @ApiOkResponse({ type: EditionAttendanceDto })
  @ApiNotFoundResponse({ type: ApiError })
  attendance(@Param('id', EditionIdPipe) editionId: number): Promise<EditionAttendanceDto> {
    return this.admin.attendance(editionId);
  }

  @Get('registrations/:code/admin')
  @EditionPermission('check_in', REGISTRATION_CODE)
  @ApiOperation({ summary: 'Any registration, for organizers' })
  @ApiOkResponse({ type: RegistrationDto })
  @ApiNotFoundResponse({ type: ApiError })
  findOne(@Param('code') code: string): Promise<RegistrationDto> {
    return this.admin.findOne(code);
  }

  @Post('registrations/:code/approve')
  @EditionPermission('manage_registrations', REGISTRATION_CODE)
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a pending registration' })
  @ApiOkResponse({ type: RegistrationDto })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  approve(@Param('code') code: string, @CurrentAccount() actor: AuthenticatedAccount): Promise<RegistrationDto> {
    return this.admin.decide(code, true, actor);
  }

  @Post('registrations/:code/reject')
  @EditionPermission('manage_registrations', REGISTRATION_CODE)
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a pending registration; its seats go to the waitlists' })
  @ApiOkResponse({ type: RegistrationDto })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  reject(@Param('code') code: string, @CurrentAccount() actor: AuthenticatedAccount): Promise<RegistrationDto> {
    return this.admin.decide(code, false, actor);
  }

  @Post('registrations/:code/sessions/:sessionId/promote')
  @EditionPermission('manage_registrations', REGISTRATION_CODE)
  @HttpCode(200)
  @ApiOperation({ summary: 'Move someone off the waitlist into a free seat by hand' })
  @ApiOkResponse({ type: RegistrationDto })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  promote(@Param('code') code: string, @Param('sessionId', IdParamPipe) sessionId: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<RegistrationDto> {
    return this.admin.promote(code, sessionId, actor);
  }

  @Post('registrations/:code/check-in')
  @EditionPermission('check_in', REGISTRATION_CODE)
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark arrival at the desk, once; a second check-in answers 409 saying when the first was' })
  @ApiOkResponse({ type: CheckInDto })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  checkIn(@Param('code') code: string, @CurrentAccount() actor: AuthenticatedAccount): Promise<CheckInDto> {
    return this.admin.checkIn(code, actor);
  }
}
