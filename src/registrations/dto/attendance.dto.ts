import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class SessionAttendanceDto {
  @ApiProperty() sessionId: number;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'The seats registration may fill: the session’s capacity, else its room’s; null: no limit' }) capacity: number | null;
  @ApiProperty() confirmed: number;
  @ApiProperty() waitlisted: number;
  @ApiProperty() cancelled: number;
  @ApiProperty({ description: 'Confirmed attendees whose registration has checked in' }) checkedIn: number;
}

export class EditionAttendanceDto {
  @ApiProperty() editionId: number;
  @ApiProperty() registrations: number;
  @ApiProperty() pending: number;
  @ApiProperty() confirmed: number;
  @ApiProperty() cancelled: number;
  @ApiProperty() rejected: number;
  @ApiProperty({ description: 'Registrations whose seats are held until the attendee confirms by e-mail; their seats are not in the sessions’ counts' }) unconfirmed: number;
  @ApiProperty() checkedIn: number;
  @ApiProperty({ type: [SessionAttendanceDto] }) sessions: SessionAttendanceDto[];
}

export class CheckInDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '2026-12-01T01:02:03.000Z' }) checkedInAt: string;
}
