import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { FieldLabel } from '../../common/i18n/field-labels';
import { TRIP_MODES, type TripMode } from '../../guest-travel/trip-kinds';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const plate = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value);

export class VehicleRequest {
  @ApiProperty({ example: '京A·12345' })
  @Transform(plate)
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  plate: string;

  @ApiProperty({ example: 6, description: 'Passenger seats, the driver’s not counted' })
  @IsInt()
  @Min(1)
  @Max(80)
  seats: number;

  @ApiProperty({ example: '李师傅' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  driverName: string;

  @ApiProperty({ example: '13911112222', description: 'A mobile number: the driver’s SMS go there and guests are given it' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  driverPhone: string;
}

export class VehicleDto {
  @ApiProperty() id: number;
  @ApiProperty() plate: string;
  @ApiProperty() seats: number;
  @ApiProperty() driverName: string;
  @ApiProperty({ nullable: true, type: String }) driverPhone: string | null;
}

export class AssignRequest {
  @ApiProperty({ type: [Number], description: 'Arrivals (trip ids) to give the vehicle' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsInt({ each: true })
  @FieldLabel('抵达行程', 'arrivals')
  tripIds: number[];

  @ApiProperty({ nullable: true, type: Number, description: 'The vehicle; null takes the arrivals off any vehicle' })
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  @FieldLabel('车辆', 'vehicle')
  vehicleId: number | null;

  @ApiPropertyOptional({ example: 'T3到达层8号门', description: 'Where the driver waits; by default the run’s, or the station’s arrivals exit' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  meetingPoint?: string;
}

export class DispatchArrivalDto {
  @ApiProperty() tripId: number;
  @ApiProperty() guestId: number;
  @ApiProperty() guestName: string;
  @ApiProperty({ enum: TRIP_MODES }) mode: TripMode;
  @ApiProperty({ nullable: true, type: String }) number: string | null;
  @ApiProperty() at: string;
  @ApiProperty() time: string;
  @ApiProperty({ nullable: true, type: Number }) vehicleId: number | null;
  @ApiProperty({ nullable: true, type: String }) plate: string | null;
  @ApiProperty({ nullable: true, type: String }) meetingPoint: string | null;
}

export class DispatchRunDto {
  @ApiProperty() vehicleId: number;
  @ApiProperty() plate: string;
  @ApiProperty() seats: number;
  @ApiProperty() taken: number;
  @ApiProperty() meetingPoint: string;
}

export class DispatchGroupDto {
  @ApiProperty() key: string;
  @ApiProperty() station: string;
  @ApiProperty() windowStart: string;
  @ApiProperty() label: string;
  @ApiProperty({ type: [DispatchArrivalDto] }) arrivals: DispatchArrivalDto[];
  @ApiProperty({ type: [DispatchRunDto], description: 'The vehicles meeting this group, with their seats taken' }) runs: DispatchRunDto[];
  @ApiProperty() unassigned: number;
}

export class DispatchDayDto {
  @ApiProperty() day: string;
  @ApiProperty({ type: [DispatchGroupDto] }) groups: DispatchGroupDto[];
}

export class DispatchBoardDto {
  @ApiProperty({ type: [VehicleDto] }) vehicles: VehicleDto[];
  @ApiProperty({ type: [DispatchDayDto] }) days: DispatchDayDto[];
  @ApiProperty() arrivals: number;
  @ApiProperty() unassigned: number;
}

export class AutoDispatchDto extends DispatchBoardDto {
  @ApiProperty({ description: 'Arrivals the suggestion gave a vehicle' }) assigned: number;
}
