import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import type { LocalText } from '../../common/i18n/local-text';
import { GUEST_CATEGORIES, GUEST_REPLIES, type GuestCategory, type GuestReply } from '../guest-kinds';
import { DeputyDto } from './guest.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const ANSWERS = ['attending', 'declined', 'deputy'] as const;

export class GuestReplyRequest {
  @ApiProperty({ enum: ANSWERS, description: 'attend, decline, or send a deputy (换人), whom the organizer approves' })
  @IsIn(ANSWERS)
  reply: (typeof ANSWERS)[number];

  @ApiPropertyOptional({ example: '张副处长', description: 'Required with `deputy`' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  deputyName?: string;

  @ApiPropertyOptional({ example: '副处长' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  deputyTitle?: string;

  @ApiPropertyOptional({ example: '13900001111', description: 'Required with `deputy`' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(32)
  deputyPhone?: string;
}

export class InvitedSessionDto {
  @ApiProperty() id: number;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ nullable: true, type: String }) titleEn: string | null;
  @ApiProperty({ format: 'date-time', description: 'In the edition’s time zone (with its offset); empty while not scheduled' }) startsAt: string;
  @ApiProperty({ format: 'date-time', description: 'In the edition’s time zone; empty while not scheduled' }) endsAt: string;
}

export class GuestReplyViewDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() editionTitle: string;
  @ApiPropertyOptional({ nullable: true, type: String }) editionTitleEn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date', description: 'The edition’s first day (YYYY-MM-DD, its own zone); null while to be announced' }) startDate: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) endDate: string | null;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone: string;
  @ApiProperty({ enum: GUEST_REPLIES }) reply: GuestReply;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) repliedAt: Date | null;
  @ApiProperty({ type: DeputyDto }) deputy: DeputyDto;
  @ApiProperty({ type: [InvitedSessionDto] }) sessions: InvitedSessionDto[];
  @ApiProperty({ description: 'False once the edition has ended' }) open: boolean;
}

export class InviteRequest {
  @ApiPropertyOptional({ type: [Number], description: 'The guests to invite; without it, every guest not invited yet' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @IsInt({ each: true })
  @Min(1, { each: true })
  guestIds?: number[];
}

export class InviteResultDto {
  @ApiProperty({ description: 'Guests invited by this request' }) invited: number;
  @ApiProperty({ description: 'Invitations queued by e-mail' }) emails: number;
  @ApiProperty({ description: 'Invitations queued by SMS' }) texts: number;
}

export class DeputyDecisionRequest {
  @ApiProperty({ description: 'true approves the deputy, false refuses' })
  @IsBoolean()
  approve: boolean;
}

export class ReplyCountDto {
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Null: guests invited to no particular session' }) sessionId: number | null;
  @ApiProperty({ type: String }) session: LocalText | string;
  @ApiProperty({ enum: GUEST_CATEGORIES }) category: GuestCategory;
  @ApiProperty({ type: String }) categoryLabel: LocalText | string;
  @ApiProperty() pending: number;
  @ApiProperty() attending: number;
  @ApiProperty() declined: number;
  @ApiProperty() deputy: number;
  @ApiProperty() total: number;
}
