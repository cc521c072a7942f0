import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { OrganizerOnly } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { sendPaged } from '../common/paged';
import { CheckInDto, EditionAttendanceDto } from './dto/attendance.dto';
import { RegistrationDto } from './dto/registration.dto';
import { RegistrationQuery } from './dto/registration-query.dto';
import { RegistrationAdminService } from './registration-admin.service';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';

@ApiTags('registration (organizers)')
@Controller()
export class RegistrationAdminController {
  constructor(private readonly admin: RegistrationAdminService) {}

  @Get('editions/:id/registrations')
  @ApiEditionParam()
  @OrganizerOnly()
  @ApiOperation({ summary: 'Registrations of an edition, filtered by session and status; total in X-Total-Count' })
  @ApiOkResponse({ type: [RegistrationDto] })
  @ApiNotFoundResponse({ type: ApiError })
  async list(@Param('id', EditionIdPipe) editionId: number, @Query() query: RegistrationQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendPaged(reply, await this.admin.list(editionId, query));
  }

  @Get('editions/:id/registrations.csv')
  @ApiEditionParam()
  @OrganizerOnly()
  @ApiOperation({ summary: 'Every registration as CSV (UTF-8 with BOM for Excel; formula-like cells neutralised)' })
  @ApiProduces('text/csv')
  @ApiNotFoundResponse({ type: ApiError })
  async csv(@Param('id', EditionIdPipe) editionId: number, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const { body, filename } = await this.admin.csv(editionId);
    void reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${filename}"`).header('Cache-Control', 'no-store');
    return body;
  }

  @Get('editions/:id/attendance')
  @ApiEditionParam()
  @OrganizerOnly()
  @ApiOperation({ summary: 'Counts per status and per session: confirmed, waitlisted, cancelled, checked in' })
  @ApiOkResponse({ type: EditionAttendanceDto })
  @ApiNotFoundResponse({ type: ApiError })
  attendance(@Param('id', EditionIdPipe) editionId: number): Promise<EditionAttendanceDto> {
    return this.admin.attendance(editionId);
  }

  @Get('registrations/:code/admin')
  @OrganizerOnly()
  @ApiOperation({ summary: 'Any registration, for organizers' })
  @ApiOkResponse({ type: RegistrationDto })
  @ApiNotFoundResponse({ type: ApiError })
  findOne(@Param('code') code: string): Promise<RegistrationDto> {
    return this.admin.findOne(code);
  }

  @Post('registrations/:code/approve')
  @OrganizerOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a pending registration' })
  @ApiOkResponse({ type: RegistrationDto })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  approve(@Param('code') code: string, @CurrentAccount() actor: AuthenticatedAccount): Promise<RegistrationDto> {
    return this.admin.decide(code, true, actor);
  }

  @Post('registrations/:code/reject')
  @OrganizerOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a pending registration; its seats go to the waitlists' })
  @ApiOkResponse({ type: RegistrationDto })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  reject(@Param('code') code: string, @CurrentAccount() actor: AuthenticatedAccount): Promise<RegistrationDto> {
    return this.admin.decide(code, false, actor);
  }

  @Post('registrations/:code/sessions/:sessionId/promote')
  @OrganizerOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Move someone off the waitlist into a free seat by hand' })
  @ApiOkResponse({ type: RegistrationDto })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  promote(@Param('code') code: string, @Param('sessionId', IdParamPipe) sessionId: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<RegistrationDto> {
    return this.admin.promote(code, sessionId, actor);
  }

  @Post('registrations/:code/check-in')
  @OrganizerOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark arrival at the desk, once; a second check-in answers 409 saying when the first was' })
  @ApiOkResponse({ type: CheckInDto })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  checkIn(@Param('code') code: string, @CurrentAccount() actor: AuthenticatedAccount): Promise<CheckInDto> {
    return this.admin.checkIn(code, actor);
  }
}
