import { OmitType, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EditionLinksDto, EditionSummaryDto } from '../../editions/dto/edition.dto';
import { SessionDto } from '../../sessions/dto/session.dto';

/** A released session: what the public sees (a session's own registration window is not frozen into a release). */
export class ProgramSessionDto extends OmitType(SessionDto, ['registrationOpensAt', 'registrationClosesAt'] as const) {
  @ApiProperty({ description: 'How many releases changed this session (its calendar SEQUENCE)' })
  sequence: number;
}

export class ProgramDayDto {
  @ApiProperty({ example: '2019-12-02' })
  date: string;

  @ApiProperty({ type: [ProgramSessionDto], description: 'In time order' })
  sessions: ProgramSessionDto[];
}

export class ProgramReleaseInfoDto {
  @ApiProperty()
  version: number;

  @ApiProperty({ example: '2019-11-20T10:00:00+08:00' })
  publishedAt: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  note: string | null;
}

/** The public program: the latest release only, never drafts. */
export class ProgramDto {
  @ApiProperty({ type: EditionSummaryDto })
  edition: EditionSummaryDto;

  @ApiProperty({ type: EditionLinksDto, description: 'Calendar (webcal), schedule exports and printable program of this release' })
  links: EditionLinksDto;

  @ApiProperty({ enum: ['published', 'not_published'], description: '`not_published` until the first release: days are then empty' })
  status: 'published' | 'not_published';

  @ApiPropertyOptional({ type: ProgramReleaseInfoDto, nullable: true })
  release: ProgramReleaseInfoDto | null;

  @ApiProperty({ type: [ProgramDayDto] })
  days: ProgramDayDto[];

  @ApiProperty({ type: [ProgramSessionDto], description: 'Announced sessions without a time yet' })
  unscheduled: ProgramSessionDto[];
}
