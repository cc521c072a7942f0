import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission } from '../common/access/access.decorators';
import { GUEST_PARAM, SESSION_PARAM } from '../common/access/permission-target';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';
import { CreateGuestRequest, GuestDto, GuestListQuery, GuestRankDto, GuestRanksRequest, InviteOnlyDto, InviteOnlyRequest, UpdateGuestRequest } from './dto/guest.dto';
import { GuestsService } from './guests.service';

@ApiTags('guests')
@Controller()
export class GuestsController {
  constructor(private readonly guests: GuestsService) {}

  @Get('editions/:id/guest-ranks')
  @ApiEditionParam()
  @EditionPermission('view')
  @ApiOperation({ summary: 'The edition’s rank list (级别), highest first' })
  @ApiOkResponse({ type: [GuestRankDto] })
  @ApiNotFoundResponse({ type: ApiError })
  ranks(@Param('id', EditionIdPipe) editionId: number): Promise<GuestRankDto[]> {
    return this.guests.ranks(editionId);
  }

  @Put('editions/:id/guest-ranks')
  @ApiEditionParam()
  @EditionPermission('edit_edition')
  @ApiOperation({ summary: 'Set the edition’s rank list, highest first', description: 'Kept names keep their guests; removing a rank a guest holds is refused (409).' })
  @ApiOkResponse({ type: [GuestRankDto] })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  setRanks(@Param('id', EditionIdPipe) editionId: number, @Body() body: GuestRanksRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<GuestRankDto[]> {
    return this.guests.setRanks(editionId, body.ranks, actor);
  }

  @Get('editions/:id/guests')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({ summary: 'The edition’s guests, highest rank first' })
  @ApiOkResponse({ type: [GuestDto] })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  list(@Param('id', EditionIdPipe) editionId: number, @Query() query: GuestListQuery): Promise<GuestDto[]> {
    return this.guests.list(editionId, query);
  }

  @Post('editions/:id/guests')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({ summary: 'Add a guest', description: 'Phone or e-mail is required; each is unique in the edition (409 naming the other guest).' })
  @ApiCreatedResponse({ type: GuestDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  create(@Param('id', EditionIdPipe) editionId: number, @Body() body: CreateGuestRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<GuestDto> {
    return this.guests.create(editionId, body, actor);
  }

  @Get('guests/:id')
  @EditionPermission('manage_registrations', GUEST_PARAM)
  @ApiOperation({ summary: 'One guest' })
  @ApiOkResponse({ type: GuestDto })
  @ApiNotFoundResponse({ type: ApiError })
  get(@Param('id', IdParamPipe) id: number): Promise<GuestDto> {
    return this.guests.get(id);
  }

  @Patch('guests/:id')
  @EditionPermission('manage_registrations', GUEST_PARAM)
  @ApiOperation({ summary: 'Change a guest' })
  @ApiOkResponse({ type: GuestDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  update(@Param('id', IdParamPipe) id: number, @Body() body: UpdateGuestRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<GuestDto> {
    return this.guests.update(id, body, actor);
  }

  @Delete('guests/:id')
  @EditionPermission('manage_registrations', GUEST_PARAM)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a guest (with their invitations, travel and room)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ApiError })
  remove(@Param('id', IdParamPipe) id: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    return this.guests.remove(id, actor);
  }

  @Put('sessions/:id/invite-only')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  @ApiOperation({ summary: 'Make a session invite-only (only invited guests may register for it), or open it again' })
  @ApiOkResponse({ type: InviteOnlyDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  setInviteOnly(@Param('id', IdParamPipe) sessionId: number, @Body() body: InviteOnlyRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<InviteOnlyDto> {
    return this.guests.setInviteOnly(sessionId, body.inviteOnly, actor);
  }
}
