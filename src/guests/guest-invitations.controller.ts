import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission } from '../common/access/access.decorators';
import { GUEST_PARAM } from '../common/access/permission-target';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';
import { GuestDto } from './dto/guest.dto';
import { DeputyDecisionRequest, InviteRequest, InviteResultDto, ReplyCountDto } from './dto/guest-reply.dto';
import { GuestInvitationsService } from './guest-invitations.service';

@ApiTags('guests')
@Controller()
export class GuestInvitationsController {
  constructor(private readonly invitations: GuestInvitationsService) {}

  @Post('editions/:id/guest-invitations')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send guests their invitation: the personal reply link and code, by e-mail and SMS',
    description: 'Without `guestIds`, every guest not invited yet. Each guest gets one message per address they have (e-mail, phone); a guest named again is invited again.',
  })
  @ApiOkResponse({ type: InviteResultDto })
  @ApiBadRequestResponse({ type: ApiError })
  invite(@Param('id', EditionIdPipe) editionId: number, @Body() body: InviteRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<InviteResultDto> {
    return this.invitations.invite(editionId, body.guestIds, actor);
  }

  @Post('editions/:id/guest-reminders')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @HttpCode(200)
  @ApiOperation({ summary: 'Remind now the guests invited three days ago or more who have not replied (the hourly job does the same)' })
  @ApiOkResponse({ schema: { type: 'object', properties: { reminded: { type: 'integer' } } } })
  async remind(@Param('id', EditionIdPipe) editionId: number): Promise<{ reminded: number }> {
    return { reminded: await this.invitations.remindUnreplied(new Date(), editionId) };
  }

  @Get('editions/:id/guest-replies')
  @ApiEditionParam()
  @EditionPermission('view')
  @ApiOperation({ summary: 'Replies per invited session and category (the dashboard)' })
  @ApiOkResponse({ type: [ReplyCountDto] })
  summary(@Param('id', EditionIdPipe) editionId: number): Promise<ReplyCountDto[]> {
    return this.invitations.summary(editionId);
  }

  @Post('guests/:id/deputy-decision')
  @EditionPermission('manage_registrations', GUEST_PARAM)
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve or refuse the deputy a guest asked to send (换人); the guest is told by e-mail' })
  @ApiOkResponse({ type: GuestDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'No deputy awaits approval' })
  @ApiNotFoundResponse({ type: ApiError })
  decide(@Param('id', IdParamPipe) id: number, @Body() body: DeputyDecisionRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<GuestDto> {
    return this.invitations.decideDeputy(id, body.approve, actor);
  }
}
