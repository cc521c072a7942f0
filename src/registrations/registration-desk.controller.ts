import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEntryDto } from '../audit/dto/audit-entry.dto';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission } from '../common/access/access.decorators';
import { REGISTRATION_CODE } from '../common/access/permission-target';
import { ApiError } from '../common/dto/api-error.dto';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';
import { CancelRegistrationRequest, DecideRegistrationsRequest, RegistrationDecisionOutcomeDto } from './dto/registration-desk.dto';
import { RegistrationDto } from './dto/registration.dto';
import { RegistrationDeskService } from './registration-desk.service';

@ApiTags('registration (organizers)')
@Controller()
export class RegistrationDeskController {
  constructor(private readonly desk: RegistrationDeskService) {}

  @Post('editions/:id/registrations/decisions')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve or reject many pending registrations; each is decided on its own and its outcome listed (a refused one stops none of the others)' })
  @ApiOkResponse({ type: [RegistrationDecisionOutcomeDto] })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  decide(@Param('id', EditionIdPipe) id: number, @Body() body: DecideRegistrationsRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<RegistrationDecisionOutcomeDto[]> {
    return this.desk.decideMany(id, body.codes, body.decision === 'approve', actor);
  }

  @Post('registrations/:code/cancellation')
  @EditionPermission('manage_registrations', REGISTRATION_CODE)
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a registration for the organizers, with a reason the attendee is told by mail; its seats go to the waitlists' })
  @ApiOkResponse({ type: RegistrationDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'Already cancelled or rejected' })
  @ApiNotFoundResponse({ type: ApiError })
  cancel(@Param('code') code: string, @Body() body: CancelRegistrationRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<RegistrationDto> {
    return this.desk.cancel(code, body.reason, actor);
  }

  @Post('registrations/:code/resend-link')
  @EditionPermission('manage_registrations', REGISTRATION_CODE)
  @HttpCode(204)
  @ApiOperation({ summary: 'Mail the registration’s personal links again, to the address it was made with' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ApiError, description: 'Its personal data has been erased' })
  @ApiNotFoundResponse({ type: ApiError })
  resendLink(@Param('code') code: string, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    return this.desk.resendLink(code, actor);
  }

  @Get('registrations/:code/history')
  @EditionPermission('manage_registrations', REGISTRATION_CODE)
  @ApiOperation({ summary: 'What happened to a registration and its seats, oldest first, from the audit trail (who, what, before → after)' })
  @ApiOkResponse({ type: [AuditEntryDto] })
  @ApiNotFoundResponse({ type: ApiError })
  history(@Param('code') code: string): Promise<AuditEntryDto[]> {
    return this.desk.history(code);
  }
}
