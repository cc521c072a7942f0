import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { LOCAL_OR_OFFSET_DATE_TIME } from '../../common/zoned-input';
import { TRIP_DIRECTIONS, TRIP_MODES, type TripDirection, type TripMode } from '../trip-kinds';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() || undefined : value);

/** A guest's arrival or departure, as the guest or the desk enters it. */
export class TripRequest {
  @ApiProperty({ enum: TRIP_MODES, description: 'flight 航班, train 火车, car 自驾, other 其他' })
  @IsIn(TRIP_MODES)
  mode: TripMode;

  @ApiPropertyOptional({ example: 'CA1234', description: 'Flight or train number; required for a flight or a train' })
  @IsOptional()
  @Transform(upper)
  @IsString()
  @MaxLength(20)
  number?: string;

  @ApiProperty({ example: '2036-12-01T14:05', description: 'Wall time in the edition’s zone, or an instant with its offset' })
  @IsString()
  @Matches(LOCAL_OR_OFFSET_DATE_TIME)
  at: string;

  @ApiProperty({ example: '北京首都国际机场T3', description: 'Airport or station' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  station: string;
}

export class TripDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: TRIP_DIRECTIONS }) direction: TripDirection;
  @ApiProperty({ enum: TRIP_MODES }) mode: TripMode;
  @ApiProperty({ nullable: true, type: String }) number: string | null;
  @ApiProperty({ description: 'The instant with the edition’s offset', example: '2036-12-01T14:05:00+08:00' }) at: string;
  @ApiProperty({ description: 'Local day in the edition’s zone' }) day: string;
  @ApiProperty({ description: 'Local time HH:mm in the edition’s zone' }) time: string;
  @ApiProperty() station: string;
}

export class GuestTravelDto {
  @ApiProperty() guestId: number;
  @ApiProperty() name: string;
  @ApiProperty() editionTitle: string;
  @ApiProperty({ description: 'The edition’s time zone, in which times are read and shown' }) timeZone: string;
  @ApiProperty({ type: TripDto, nullable: true }) arrival: TripDto | null;
  @ApiProperty({ type: TripDto, nullable: true }) departure: TripDto | null;
}

export class ArrivalDto {
  @ApiProperty() tripId: number;
  @ApiProperty() guestId: number;
  @ApiProperty() guestName: string;
  @ApiProperty({ enum: TRIP_MODES }) mode: TripMode;
  @ApiProperty({ nullable: true, type: String }) number: string | null;
  @ApiProperty() at: string;
  @ApiProperty() time: string;
}

export class ArrivalWindowDto {
  @ApiProperty({ description: '`station|window start`, what the dispatch forms name a group by' }) key: string;
  @ApiProperty() station: string;
  @ApiProperty({ description: 'Start of the 30-minute window, with the edition’s offset' }) windowStart: string;
  @ApiProperty({ example: '14:00–14:30' }) label: string;
  @ApiProperty({ type: [ArrivalDto] }) arrivals: ArrivalDto[];
}

export class ArrivalDayDto {
  @ApiProperty() day: string;
  @ApiProperty({ type: [ArrivalWindowDto] }) windows: ArrivalWindowDto[];
}

export class EditionTripDto extends TripDto {
  @ApiProperty() guestId: number;
  @ApiProperty() guestName: string;
}
