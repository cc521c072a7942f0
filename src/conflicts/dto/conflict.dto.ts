import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LocalText } from '../../common/i18n/local-text';

export const CONFLICT_CODES = [
  'room_overlap',
  'outside_edition_dates',
  'ends_before_start',
  'capacity_above_room',
  'speaker_overlap',
  'host_overlap',
] as const;
export type ConflictCode = (typeof CONFLICT_CODES)[number];

/** Errors refuse the write; warnings are reported and the write goes ahead. */
export class ConflictDto {
  @ApiProperty({ enum: ['error', 'warning'] })
  severity: 'error' | 'warning';

  @ApiProperty({ enum: CONFLICT_CODES })
  code: ConflictCode;

  /** Made in both languages; the answer has the one of `Accept-Language`. */
  @ApiProperty({ type: String, example: '赵晖（中国网络社会组织联合会）同时在「平台经济诚信建设分论坛」（场次 12）', description: 'In the language of Accept-Language (Chinese unless it asks for English)' })
  message: LocalText | string;

  @ApiProperty({ description: 'The session the conflict is about' })
  sessionId: number;

  @ApiPropertyOptional({ description: 'The other session involved' })
  otherSessionId?: number;

  @ApiPropertyOptional()
  otherSessionTitle?: string;

  @ApiPropertyOptional({ description: 'The other session’s edition, which may be of another brand' })
  otherEditionId?: number;

  @ApiPropertyOptional()
  speakerId?: number;

  @ApiPropertyOptional()
  organizationId?: number;

  @ApiPropertyOptional()
  roomId?: number;
}

export class EditionConflictsDto {
  @ApiProperty({ type: [ConflictDto] })
  errors: ConflictDto[];

  @ApiProperty({ type: [ConflictDto] })
  warnings: ConflictDto[];
}
