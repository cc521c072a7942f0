import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SESSION_KINDS, SESSION_STATUSES, SessionKind, SessionStatus } from '../../sessions/session-kind';
import { SPEAKER_ROLES, SpeakerRole } from '../speaker-role';

/** One session a speaker is on, in any edition of any brand, and the other of their sessions it overlaps. */
export class SpeakerAppearanceDto {
  @ApiProperty() sessionId: number;
  @ApiProperty({ example: '平台经济诚信建设分论坛' }) title: string;
  @ApiPropertyOptional({ nullable: true, type: String }) titleEn: string | null;
  @ApiProperty({ enum: SESSION_KINDS }) kind: SessionKind;
  @ApiProperty({ enum: SESSION_STATUSES }) status: SessionStatus;
  @ApiProperty({ enum: SPEAKER_ROLES }) role: SpeakerRole;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2021-11-19T09:30:00+08:00', description: "In the session's edition's zone" })
  startsAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) endsAt: string | null;
  @ApiProperty() editionId: number;
  @ApiProperty({ example: '2021中国网络文明大会' }) editionTitle: string;
  @ApiPropertyOptional({ nullable: true, type: String }) editionTitleEn: string | null;
  @ApiProperty({ example: 'civilization' }) brandSlug: string;
  @ApiProperty({ example: '中国网络文明大会' }) brandName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) brandNameEn: string | null;
  @ApiProperty({ type: [Number], description: 'The speaker’s other scheduled sessions at the same time (a speaker cannot be in two places at once), across editions and brands' })
  overlapsWith: number[];
}
