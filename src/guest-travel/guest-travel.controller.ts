import { Body, Controller, Delete, Get, Param, Put, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission, Public } from '../common/access/access.decorators';
import { GUEST_PARAM } from '../common/access/permission-target';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';
import { RegistrationAccess } from '../registrations/registration-access';
import { ArrivalDayDto, EditionTripDto, GuestTravelDto, TripRequest } from './dto/guest-trip.dto';
import { GuestTravelService } from './guest-travel.service';
import { TRIP_DIRECTIONS } from './trip-kinds';

const DIRECTION = { name: 'direction', enum: TRIP_DIRECTIONS, description: 'arrival 抵达 or departure 返程' };

/** The desk's view of guests' travel: the registrations desk enters and reads it. */
@ApiTags('guest travel')
@Controller()
export class GuestTravelController {
  constructor(private readonly travel: GuestTravelService) {}

  @Get('editions/:id/guest-trips')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({ summary: 'Every guest’s arrival and departure, earliest first, times in the edition’s zone' })
  @ApiOkResponse({ type: [EditionTripDto] })
  trips(@Param('id', EditionIdPipe) editionId: number): Promise<EditionTripDto[]> {
    return this.travel.ofEdition(editionId);
  }

  @Get('editions/:id/arrivals')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({ summary: 'Arrivals by local day, 30-minute window and station' })
  @ApiOkResponse({ type: [ArrivalDayDto] })
  arrivals(@Param('id', EditionIdPipe) editionId: number): Promise<ArrivalDayDto[]> {
    return this.travel.arrivals(editionId);
  }

  @Get('guests/:id/travel')
  @EditionPermission('manage_registrations', GUEST_PARAM)
  @ApiOperation({ summary: 'A guest’s arrival and departure' })
  @ApiOkResponse({ type: GuestTravelDto })
  @ApiNotFoundResponse({ type: ApiError })
  ofGuest(@Param('id', IdParamPipe) guestId: number): Promise<GuestTravelDto> {
    return this.travel.ofGuest(guestId);
  }

  @Put('guests/:id/travel/:direction')
  @EditionPermission('manage_registrations', GUEST_PARAM)
  @ApiParam(DIRECTION)
  @ApiOperation({ summary: 'Enter or change a guest’s arrival or departure', description: 'A changed time or station is a new arrival: a pickup made for the old one is dropped.' })
  @ApiOkResponse({ type: GuestTravelDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  put(@Param('id', IdParamPipe) guestId: number, @Param('direction') direction: string, @Body() body: TripRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<GuestTravelDto> {
    return this.travel.putForGuest(guestId, direction, body, actor);
  }

  @Delete('guests/:id/travel/:direction')
  @EditionPermission('manage_registrations', GUEST_PARAM)
  @ApiParam(DIRECTION)
  @ApiOperation({ summary: 'Forget a guest’s arrival or departure (and its pickup)' })
  @ApiOkResponse({ type: GuestTravelDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  remove(@Param('id', IdParamPipe) guestId: number, @Param('direction') direction: string, @CurrentAccount() actor: AuthenticatedAccount): Promise<GuestTravelDto> {
    return this.travel.removeForGuest(guestId, direction, actor);
  }
}

/** The guest's own travel: the code and the token of the personal link, nothing else. */
@ApiTags('guest travel')
@Controller('guest-travel')
export class GuestOwnTravelController {
  constructor(private readonly travel: GuestTravelService) {}

  @Get(':code')
  @Public()
  @ApiQuery({ name: 'token', required: false, description: 'The token of the personal link (or `Authorization: Bearer …`)' })
  @ApiOperation({ summary: 'The guest’s own arrival and departure' })
  @ApiOkResponse({ type: GuestTravelDto })
  @ApiNotFoundResponse({ type: ApiError, description: 'Unknown code or wrong token (alike)' })
  view(@Param('code') code: string, @Req() request: FastifyRequest): Promise<GuestTravelDto> {
    return this.travel.ofInvited(code, RegistrationAccess.tokenOf(request));
  }

  @Put(':code/:direction')
  @Public()
  @ApiParam(DIRECTION)
  @ApiQuery({ name: 'token', required: false, description: 'The token of the personal link (or `Authorization: Bearer …`)' })
  @ApiOperation({ summary: 'The guest enters their arrival or departure: flight or train number, time, airport or station' })
  @ApiOkResponse({ type: GuestTravelDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  put(@Param('code') code: string, @Param('direction') direction: string, @Req() request: FastifyRequest, @Body() body: TripRequest): Promise<GuestTravelDto> {
    return this.travel.putForInvited(code, RegistrationAccess.tokenOf(request), direction, body);
  }
}
