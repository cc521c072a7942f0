import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
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
