import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ConflictDto } from '../../conflicts/dto/conflict.dto';
import { SESSION_CHANGES, SessionChange } from '../entities/released-session.entity';

export class PublishReleaseRequest {
  @ApiPropertyOptional({ example: '调整分论坛时间', description: 'What this version changes, in the organizer’s words' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class SessionPlacementDto {
  @ApiPropertyOptional({ nullable: true, type: String })
  startsAt: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  endsAt: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  room: string | null;
}

export class ChangelogEntryDto {
  @ApiProperty()
  sessionId: number;

  @ApiProperty({ description: 'The title in this version' })
  title: string;

  @ApiProperty({ enum: SESSION_CHANGES, isArray: true })
  changes: SessionChange[];

  @ApiPropertyOptional({ description: 'Previous title, when retitled' })
  previousTitle?: string;

  @ApiPropertyOptional({ type: SessionPlacementDto, description: 'Previous time and room, when moved' })
  from?: SessionPlacementDto;

  @ApiPropertyOptional({ type: SessionPlacementDto, description: 'New time and room, when moved' })
  to?: SessionPlacementDto;

  @ApiPropertyOptional({ type: [String], description: 'Speakers added, when speakers changed' })
  speakersAdded?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Speakers removed, when speakers changed' })
  speakersRemoved?: string[];
}

/** The changes of one version against the one before, grouped by kind of change. */
export class ChangelogDto {
  @ApiProperty({ type: [ChangelogEntryDto] }) added: ChangelogEntryDto[];
  @ApiProperty({ type: [ChangelogEntryDto] }) cancelled: ChangelogEntryDto[];
  @ApiProperty({ type: [ChangelogEntryDto] }) restored: ChangelogEntryDto[];
  @ApiProperty({ type: [ChangelogEntryDto] }) moved: ChangelogEntryDto[];
  @ApiProperty({ type: [ChangelogEntryDto] }) retitled: ChangelogEntryDto[];
  @ApiProperty({ type: [ChangelogEntryDto] }) speakersChanged: ChangelogEntryDto[];
  @ApiProperty({ type: [ChangelogEntryDto] }) hostsChanged: ChangelogEntryDto[];
  @ApiProperty({ type: [ChangelogEntryDto] }) detailsChanged: ChangelogEntryDto[];
}

export class ReleaseDto {
  @ApiProperty()
  id: number;

  @ApiProperty()
  editionId: number;

  @ApiProperty({ example: 2 })
  version: number;

  @ApiPropertyOptional({ nullable: true, type: String })
  note: string | null;

  @ApiProperty({ example: '2026-11-22T06:30:00+08:00' })
  publishedAt: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  publishedBy: string | null;

  @ApiProperty()
  sessionCount: number;

  @ApiProperty({ type: ChangelogDto })
  changelog: ChangelogDto;
}

/** What subscribed calendars would receive: events new to them, changed (a higher SEQUENCE) and cancelled. */
export class CalendarEffectDto {
  @ApiProperty() added: number;
  @ApiProperty() updated: number;
  @ApiProperty() cancelled: number;
}

/** The next version before it is published: its changelog against the last one, and whatever would refuse it. */
export class ReleasePreviewDto {
  @ApiProperty({ example: 3 }) nextVersion: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'The version the public sees now; null before the first' })
  currentVersion: number | null;
  @ApiProperty({ description: 'Sessions the version would hold' }) sessionCount: number;
  @ApiProperty({ description: 'Nothing changed since the current version: publishing would be refused' }) unchanged: boolean;
  @ApiProperty({ type: [ConflictDto], description: 'Schedule errors: publishing is refused until they are fixed' }) errors: ConflictDto[];
  @ApiProperty({ type: ChangelogDto }) changelog: ChangelogDto;
  @ApiProperty({ type: CalendarEffectDto }) calendars: CalendarEffectDto;
}
