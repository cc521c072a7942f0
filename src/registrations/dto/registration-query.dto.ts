import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { WindowQuery } from '../../common/paged';
import { REGISTRATION_STATUSES, RegistrationStatus, SEAT_STATUSES, SeatStatus } from '../registration-status';

export class RegistrationQuery extends WindowQuery {
  @ApiPropertyOptional({ description: 'Only registrations with a place in this session' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'sessionId must be an integer' })
  @Min(1)
  @Max(2_147_483_647)
  sessionId?: number;

  @ApiPropertyOptional({ enum: REGISTRATION_STATUSES })
  @IsOptional()
  @IsIn(REGISTRATION_STATUSES, { message: `status must be one of ${REGISTRATION_STATUSES.join(', ')}` })
  status?: RegistrationStatus;

  @ApiPropertyOptional({ enum: SEAT_STATUSES, description: 'With sessionId: the place in that session' })
  @IsOptional()
  @IsIn(SEAT_STATUSES, { message: `seatStatus must be one of ${SEAT_STATUSES.join(', ')}` })
  seatStatus?: SeatStatus;

  @ApiPropertyOptional({ enum: ['yes', 'no'], description: 'yes: checked in at the desk; no: not yet' })
  @IsOptional()
  @IsIn(['yes', 'no'], { message: 'checkedIn must be yes or no' })
  checkedIn?: 'yes' | 'no';

  @ApiPropertyOptional({ description: 'Part of the name or e-mail, the phone number (spaces and dashes ignored), or the attendee code', example: '138 0013' })
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @MinLength(1, { message: 'q must not be empty' })
  @MaxLength(100)
  q?: string;
}
