import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { FieldLabel } from '../../common/i18n/field-labels';
import { PlainName } from '../../registrations/dto/plain-name';
import type { Guest } from '../entities/guest.entity';
import { DEPUTY_STATES, type DeputyState, GUEST_CATEGORIES, GUEST_GENDERS, GUEST_REPLIES, type GuestCategory, type GuestGender, type GuestReply } from '../guest-kinds';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateGuestRequest {
  @ApiProperty({ example: '李明' })
  @FieldLabel('姓名', 'name')
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @PlainName()
  name: string;

  @ApiPropertyOptional({ nullable: true, example: '某省委网信办' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organization?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '主任' })
  @FieldLabel('职务', 'job title')
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '司局级', description: 'A name from the edition’s rank list (PUT /api/editions/{id}/guest-ranks)' })
  @FieldLabel('级别', 'rank')
  @IsOptional()
  @IsString()
  @MaxLength(50)
  rank?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '13812345678', description: 'Mainland mobile or +country number; phone or e-mail is required' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'liming@example.com' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ nullable: true, enum: GUEST_GENDERS })
  @FieldLabel('性别', 'gender')
  @IsOptional()
  @IsIn(GUEST_GENDERS)
  gender?: GuestGender | null;

  @ApiPropertyOptional({ enum: GUEST_CATEGORIES, default: 'guest' })
  @FieldLabel('类别', 'category')
  @IsOptional()
  @IsIn(GUEST_CATEGORIES)
  category?: GuestCategory;

  @ApiPropertyOptional({ type: [Number], description: 'Sessions of the edition the guest is invited to' })
  @FieldLabel('邀请场次', 'sessions invited to')
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(2_147_483_647, { each: true })
  sessionIds?: number[];

  @ApiPropertyOptional({ default: true })
  @FieldLabel('需要住房', 'needs a room')
  @IsOptional()
  @IsBoolean()
  needsRoom?: boolean;
}

export class UpdateGuestRequest extends PartialType(CreateGuestRequest) {}

export class GuestRankDto {
  @ApiProperty() id: number;
  @ApiProperty({ example: '司局级' }) name: string;
  @ApiProperty({ description: '1 is the highest' }) position: number;
}

export class GuestRanksRequest {
  @ApiProperty({ type: [String], example: ['部级', '司局级', '处级', '其他'], description: 'Highest first; replaces the list (a rank still held by a guest cannot be removed)' })
  @FieldLabel('级别列表', 'ranks')
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  ranks: string[];
}

export class DeputyDto {
  @ApiProperty({ enum: DEPUTY_STATES }) state: DeputyState;
  @ApiPropertyOptional({ nullable: true, type: String }) name: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) title: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) phone: string | null;
}

export class GuestDto {
  @ApiProperty() id: number;
  @ApiProperty() editionId: number;
  @ApiProperty({ description: 'The personal code of the invitation' }) code: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) organization: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) title: string | null;
  @ApiPropertyOptional({ nullable: true, type: GuestRankDto }) rank: GuestRankDto | null;
  @ApiPropertyOptional({ nullable: true, type: String }) phone: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) email: string | null;
  @ApiPropertyOptional({ nullable: true, enum: GUEST_GENDERS }) gender: GuestGender | null;
  @ApiProperty({ enum: GUEST_CATEGORIES }) category: GuestCategory;
  @ApiProperty({ enum: GUEST_REPLIES }) reply: GuestReply;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) repliedAt: Date | null;
  @ApiProperty({ type: DeputyDto }) deputy: DeputyDto;
  @ApiProperty() needsRoom: boolean;
  @ApiProperty({ type: [Number] }) sessionIds: number[];
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) invitedAt: Date | null;

  static from(guest: Guest, sessionIds: number[]): GuestDto {
    return {
      id: guest.id,
      editionId: guest.editionId,
      code: guest.code,
      name: guest.name,
      organization: guest.organization,
      title: guest.title,
      rank: guest.rank ? { id: guest.rank.id, name: guest.rank.name, position: guest.rank.position } : null,
      phone: guest.phone,
      email: guest.email,
      gender: guest.gender,
      category: guest.category,
      reply: guest.reply,
      repliedAt: guest.repliedAt,
      deputy: { state: guest.deputyState, name: guest.deputyName, title: guest.deputyTitle, phone: guest.deputyPhone },
      needsRoom: guest.needsRoom,
      sessionIds,
      invitedAt: guest.invitedAt,
    };
  }
}

export class GuestListQuery {
  @ApiPropertyOptional({ enum: GUEST_CATEGORIES })
  @IsOptional()
  @IsIn(GUEST_CATEGORIES)
  category?: GuestCategory;

  @ApiPropertyOptional({ enum: GUEST_REPLIES })
  @IsOptional()
  @IsIn(GUEST_REPLIES)
  reply?: GuestReply;

  @ApiPropertyOptional({ description: 'Only guests invited to this session' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  sessionId?: number;
}

export class InviteOnlyRequest {
  @ApiProperty({ description: 'Whether only invited guests may register for the session' })
  @FieldLabel('仅限受邀嘉宾', 'invite only')
  @IsBoolean()
  inviteOnly: boolean;
}

export class InviteOnlyDto {
  @ApiProperty() sessionId: number;
  @ApiProperty() inviteOnly: boolean;
}
