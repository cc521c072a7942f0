import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { SEATING_CONVENTIONS, type SeatingConvention } from '@huiwu/protocol-seating';
import { FieldLabel } from '../../common/i18n/field-labels';

export class SeatingPlanRequest {
  @ApiProperty({ enum: SEATING_CONVENTIONS, description: '`chinese`: 左为上 (the 2nd on the 1st’s left as seen from the rostrum); `international`: 右为上' })
  @FieldLabel('座次惯例', 'convention')
  @IsIn(SEATING_CONVENTIONS)
  convention: SeatingConvention;

  @ApiProperty({ type: [Number], example: [9, 11], description: 'Seats per row, the front row (主席台) first' })
  @FieldLabel('每排座位数', 'seats per row')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(60, { each: true })
  rows: number[];

  @ApiPropertyOptional({ type: [Number], nullable: true, description: 'The guests to seat, by id; omitted or null: every guest invited to the session who has not declined' })
  @FieldLabel('入座嘉宾', 'guests')
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(600)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  guestIds?: number[] | null;
}

export class SeatingSwapRequest {
  @ApiProperty({ example: 12, description: 'A seated guest' })
  @FieldLabel('嘉宾甲', 'first guest')
  @IsInt()
  @Min(1)
  a: number;

  @ApiProperty({ example: 15, description: 'Another seated guest: the two trade seats, nobody else moves' })
  @FieldLabel('嘉宾乙', 'second guest')
  @IsInt()
  @Min(1)
  b: number;
}

export class SeatedGuestDto {
  @ApiProperty() id: number;
  @ApiProperty({ description: 'The deputy’s name when the guest sends an approved deputy' }) name: string;
  @ApiPropertyOptional({ nullable: true }) title: string | null;
  @ApiPropertyOptional({ nullable: true }) organization: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The rank’s name (级别)' }) rank: string | null;
}

export class SeatDto {
  @ApiProperty({ description: 'Row, 1 = the front (rostrum)' }) row: number;
  @ApiProperty({ description: 'Seat number from the left as seen from the audience' }) seat: number;
  @ApiProperty({ description: '1 = the most honoured seat of the plan' }) precedence: number;
  @ApiProperty({ description: 'Fixed by a swap' }) pinned: boolean;
  @ApiPropertyOptional({ type: SeatedGuestDto, nullable: true }) guest: SeatedGuestDto | null;
}

export class SeatRowDto {
  @ApiProperty({ description: '1 = the front row (rostrum)' }) row: number;
  @ApiProperty({ type: [SeatDto], description: 'From the audience’s left' }) seats: SeatDto[];
}

export class SeatingPlanDto {
  @ApiProperty() sessionId: number;
  @ApiProperty() sessionTitle: string;
  @ApiProperty({ enum: SEATING_CONVENTIONS }) convention: SeatingConvention;
  @ApiProperty({ type: [Number] }) rowSizes: number[];
  @ApiPropertyOptional({ type: [Number], nullable: true }) guestIds: number[] | null;
  @ApiProperty({ type: [SeatRowDto] }) rows: SeatRowDto[];
  @ApiProperty({ type: [SeatedGuestDto], description: 'Guests beyond the seats, in rank order' }) unseated: SeatedGuestDto[];
}
