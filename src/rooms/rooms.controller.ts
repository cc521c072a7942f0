import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission } from '../common/access/access.decorators';
import { ROOM_PARAM } from '../common/access/permission-target';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { CreateRoomRequest, RoomDto, UpdateRoomRequest } from './dto/room.dto';
import { RoomsService } from './rooms.service';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';

@ApiTags('scheduling')
@Controller()
export class RoomsController {
  constructor(private readonly roomsService: RoomsService) {}

  @Get('editions/:id/rooms')
  @ApiEditionParam()
  @EditionPermission('view')
  @ApiOperation({ summary: 'The rooms of an edition in display order' })
  @ApiOkResponse({ type: [RoomDto] })
  @ApiNotFoundResponse({ type: ApiError })
  list(@Param('id', EditionIdPipe) editionId: number): Promise<RoomDto[]> {
    return this.roomsService.list(editionId);
  }

  @Post('editions/:id/rooms')
  @ApiEditionParam()
  @EditionPermission('edit_schedule')
  @ApiOperation({ summary: 'Add a room to an edition' })
  @ApiCreatedResponse({ type: RoomDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  create(@Param('id', EditionIdPipe) editionId: number, @Body() body: CreateRoomRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<RoomDto> {
    return this.roomsService.create(editionId, body, actor);
  }

  @Patch('rooms/:id')
  @EditionPermission('edit_schedule', ROOM_PARAM)
  @ApiOperation({
    summary: 'Rename a room or change its capacity',
    description:
      'A room’s capacity is the seat limit of every session in it without a capacity of its own. A bigger room is never refused, and moves those sessions’ waitlists up at once; a smaller one is refused (409) below the capacity of a session held in it, or below the seats already taken in a session that takes the room’s seats.',
  })
  @ApiOkResponse({ type: RoomDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  update(@Param('id', IdParamPipe) id: number, @Body() body: UpdateRoomRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<RoomDto> {
    return this.roomsService.update(id, body, actor);
  }

  @Delete('rooms/:id')
  @EditionPermission('edit_schedule', ROOM_PARAM)
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a room no session uses (otherwise 409)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  remove(@Param('id', IdParamPipe) id: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    return this.roomsService.remove(id, actor);
  }
}
