import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
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
}
