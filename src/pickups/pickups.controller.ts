import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';
import { AssignRequest, AutoDispatchDto, DispatchBoardDto, VehicleDto, VehicleRequest } from './dto/pickup.dto';
import { PickupsService } from './pickups.service';

/** Pickup vehicles and the dispatch board: the registrations desk runs them. */
@ApiTags('pickups')
@Controller('editions/:id')
export class PickupsController {
  constructor(private readonly pickups: PickupsService) {}

  @Get('vehicles')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({ summary: 'The edition’s pickup vehicles and their drivers' })
  @ApiOkResponse({ type: [VehicleDto] })
  vehicles(@Param('id', EditionIdPipe) editionId: number): Promise<VehicleDto[]> {
    return this.pickups.vehicles(editionId);
  }

  @Post('vehicles')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({ summary: 'Add a vehicle: plate, passenger seats, driver’s name and mobile number' })
  @ApiCreatedResponse({ type: VehicleDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'The plate is already in the edition' })
  addVehicle(@Param('id', EditionIdPipe) editionId: number, @Body() body: VehicleRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<VehicleDto> {
    return this.pickups.addVehicle(editionId, body, actor);
  }

  @Put('vehicles/:vehicleId')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({ summary: 'Change a vehicle; its guests and driver are told again', description: 'Fewer seats than a run already holds is refused (409).' })
  @ApiOkResponse({ type: VehicleDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError, description: 'No such vehicle in the edition' })
  changeVehicle(@Param('id', EditionIdPipe) editionId: number, @Param('vehicleId', IdParamPipe) vehicleId: number, @Body() body: VehicleRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<VehicleDto> {
    return this.pickups.changeVehicle(editionId, vehicleId, body, actor);
  }

  @Delete('vehicles/:vehicleId')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a vehicle that has no guests to pick up' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ApiError, description: 'The vehicle still has arrivals' })
  @ApiNotFoundResponse({ type: ApiError, description: 'No such vehicle in the edition' })
  removeVehicle(@Param('id', EditionIdPipe) editionId: number, @Param('vehicleId', IdParamPipe) vehicleId: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    return this.pickups.removeVehicle(editionId, vehicleId, actor);
  }

  @Get('dispatch')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({ summary: 'The dispatch board: arrivals by day, 30-minute window and station, with their vehicles and the runs’ seats taken' })
  @ApiOkResponse({ type: DispatchBoardDto })
  board(@Param('id', EditionIdPipe) editionId: number): Promise<DispatchBoardDto> {
    return this.pickups.board(editionId);
  }

  @Put('dispatch')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @ApiOperation({ summary: 'Give arrivals to a vehicle (or none); guests and drivers are told by SMS', description: 'A vehicle meets one station per window, never more guests than its seats (409 otherwise).' })
  @ApiOkResponse({ type: DispatchBoardDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  assign(@Param('id', EditionIdPipe) editionId: number, @Body() body: AssignRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<DispatchBoardDto> {
    return this.pickups.assign(editionId, body, actor);
  }

  @Post('dispatch/auto')
  @ApiEditionParam()
  @EditionPermission('manage_registrations')
  @HttpCode(200)
  @ApiOperation({ summary: 'The suggested assignment: every arrival without a vehicle gets one where seats allow; the desk changes it afterwards' })
  @ApiOkResponse({ type: AutoDispatchDto })
  autoAssign(@Param('id', EditionIdPipe) editionId: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<AutoDispatchDto> {
    return this.pickups.autoAssign(editionId, actor);
  }
}
