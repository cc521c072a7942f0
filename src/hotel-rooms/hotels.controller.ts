import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { LangQuery } from '../common/dto/lang-query.dto';
import { sendRendered } from '../common/http/send-rendered';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';
import { AllocationDto, AllocationRequest, AssignmentDto, HotelDto, HotelRequest, MoveRequest, RoomBlockDto, RoomBlockRequest, UpdateHotelRequest, UpdateRoomBlockRequest } from './dto/hotel-rooms.dto';
import { HotelsService } from './hotels.service';
import { RoomAllocationService } from './room-allocation.service';
import { RoomingDocuments } from './rooming-documents';

/** An edition's hotels and room blocks: seen by anyone with a role in it, changed by editors. */
@ApiTags('hotel rooms')
@Controller('editions/:id')
export class HotelsController {
  constructor(private readonly hotels: HotelsService) {}

  @Get('hotels')
  @ApiEditionParam()
  @EditionPermission('view')
  @ApiOperation({ summary: 'The edition’s hotels, each with its room blocks (best first) and how full they are' })
  @ApiOkResponse({ type: [HotelDto] })
  @ApiNotFoundResponse({ type: ApiError })
  list(@Param('id', EditionIdPipe) editionId: number): Promise<HotelDto[]> {
    return this.hotels.list(editionId);
  }

  @Post('hotels')
  @ApiEditionParam()
  @EditionPermission('edit_edition')
  @ApiOperation({ summary: 'Add a hotel' })
  @ApiCreatedResponse({ type: HotelDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  create(@Param('id', EditionIdPipe) editionId: number, @Body() body: HotelRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<HotelDto> {
    return this.hotels.createHotel(editionId, body, actor);
  }

  @Patch('hotels/:hotelId')
  @ApiEditionParam()
  @EditionPermission('edit_edition')
  @ApiOperation({ summary: 'Rename a hotel or change its address' })
  @ApiOkResponse({ type: HotelDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  update(@Param('id', EditionIdPipe) editionId: number, @Param('hotelId', IdParamPipe) hotelId: number, @Body() body: UpdateHotelRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<HotelDto> {
    return this.hotels.updateHotel(editionId, hotelId, body, actor);
  }

  @Delete('hotels/:hotelId')
  @ApiEditionParam()
  @EditionPermission('edit_edition')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a hotel and its blocks; refused (409) while a guest has a room there' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  async remove(@Param('id', EditionIdPipe) editionId: number, @Param('hotelId', IdParamPipe) hotelId: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    await this.hotels.deleteHotel(editionId, hotelId, actor);
  }

  @Post('hotels/:hotelId/room-blocks')
  @ApiEditionParam()
  @EditionPermission('edit_edition')
  @ApiOperation({ summary: 'Hold a block of rooms at the hotel: type, count, beds, nights, price band, sharing rules' })
  @ApiCreatedResponse({ type: RoomBlockDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  createBlock(@Param('id', EditionIdPipe) editionId: number, @Param('hotelId', IdParamPipe) hotelId: number, @Body() body: RoomBlockRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<RoomBlockDto> {
    return this.hotels.createBlock(editionId, hotelId, body, actor);
  }

  @Patch('room-blocks/:blockId')
  @ApiEditionParam()
  @EditionPermission('edit_edition')
  @ApiOperation({ summary: 'Change a room block; refused (409) when a placed guest would no longer fit it' })
  @ApiOkResponse({ type: RoomBlockDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  updateBlock(@Param('id', EditionIdPipe) editionId: number, @Param('blockId', IdParamPipe) blockId: number, @Body() body: UpdateRoomBlockRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<RoomBlockDto> {
    return this.hotels.updateBlock(editionId, blockId, body, actor);
  }

  @Delete('room-blocks/:blockId')
  @ApiEditionParam()
  @EditionPermission('edit_edition')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a room block; refused (409) while a guest has a room in it' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  async removeBlock(@Param('id', EditionIdPipe) editionId: number, @Param('blockId', IdParamPipe) blockId: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    await this.hotels.deleteBlock(editionId, blockId, actor);
  }
}

/** Who sleeps where: the allocation, manual moves and the rooming lists. Guests' personal data: the registrations desk's. */
@ApiTags('hotel rooms')
@Controller('editions/:id')
export class RoomAllocationController {
  constructor(
    private readonly allocation: RoomAllocationService,
    private readonly documents: RoomingDocuments,
  ) {}

  @Get('room-allocation')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({ summary: 'Every block’s occupied rooms, and the guests who accepted and still need a room' })
  @ApiOkResponse({ type: AllocationDto })
  @ApiNotFoundResponse({ type: ApiError })
  view(@Param('id', EditionIdPipe) editionId: number): Promise<AllocationDto> {
    return this.allocation.view(editionId);
  }

  @Post('room-allocation')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @HttpCode(200)
  @ApiOperation({ summary: 'Allocate rooms automatically: highest rank first into the best block, sharing only as each block allows', description: 'Guests keep their rooms unless `reset`; guests who no longer accepted lose theirs. Everyone whose room changed is told by e-mail and SMS.' })
  @ApiOkResponse({ type: AllocationDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  allocate(@Param('id', EditionIdPipe) editionId: number, @Body() body: AllocationRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<AllocationDto> {
    return this.allocation.allocate(editionId, body?.reset === true, actor);
  }

  @Put('room-assignments/:guestId')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({ summary: 'Move a guest into a block (and a room of it), under the block’s rules', description: '400 names the field and the reason: the room is full, another gender is in it, the rank rule…' })
  @ApiOkResponse({ type: AssignmentDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  move(@Param('id', EditionIdPipe) editionId: number, @Param('guestId', IdParamPipe) guestId: number, @Body() body: MoveRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<AssignmentDto> {
    return this.allocation.move(editionId, guestId, body, actor);
  }

  @Delete('room-assignments/:guestId')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @HttpCode(204)
  @ApiOperation({ summary: 'Take a guest’s room back (the guest is told)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ApiError })
  async unassign(@Param('id', EditionIdPipe) editionId: number, @Param('guestId', IdParamPipe) guestId: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    await this.allocation.unassign(editionId, guestId, actor);
  }

  @Get('hotels/:hotelId/rooming-list.xlsx')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({ summary: 'The hotel’s rooming list as an Excel sheet: one row per guest, Chinese headers' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiResponse({ status: 200, description: 'xlsx' })
  @ApiNotFoundResponse({ type: ApiError })
  async workbook(@Param('id', EditionIdPipe) editionId: number, @Param('hotelId', IdParamPipe) hotelId: number, @Query() query: LangQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.documents.workbook(editionId, hotelId, query.lang), 'attachment', true);
  }

  @Get('hotels/:hotelId/rooming-list.pdf')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({ summary: 'The hotel’s rooming list as a PDF, room by room' })
  @ApiProduces('application/pdf')
  @ApiResponse({ status: 200, description: 'PDF (A4 landscape)' })
  @ApiNotFoundResponse({ type: ApiError })
  async pdf(@Param('id', EditionIdPipe) editionId: number, @Param('hotelId', IdParamPipe) hotelId: number, @Query() query: LangQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.documents.pdf(editionId, hotelId, query.lang), 'inline', true);
  }
}
