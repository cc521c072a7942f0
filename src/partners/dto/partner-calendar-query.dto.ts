import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';

export class PartnerCalendarQuery {
  @ApiProperty()
  @Type(() => Number)
  @IsInt({ message: 'organization must be an integer' })
  @Min(1)
  @Max(2_147_483_647)
  organization: number;

  @ApiProperty({ description: 'From GET /api/partner/calendar-link' })
  @IsString()
  @MaxLength(100)
  signature: string;
}
