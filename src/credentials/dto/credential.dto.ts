import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { FieldLabel } from '../../common/i18n/field-labels';
import { OptionalText, RequiredText } from '../../common/validation/text-fields';
import type { CredentialTier } from '../credential.store';

export class CreateTierRequest {
  @RequiredText(40, '嘉宾证')
  @FieldLabel('证件名称', 'tier name')
  name: string;

  @OptionalText(60, 'Guest')
  @FieldLabel('英文名称', 'English name')
  nameEn?: string | null;

  @ApiProperty({ example: '#c0392b', description: 'The badge band’s colour, #rrggbb' })
  @IsString()
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: '应为 #rrggbb 形式的颜色' })
  @FieldLabel('颜色', 'colour')
  color: string;

  @ApiPropertyOptional({ nullable: true, type: [Number], description: 'The sessions it admits to; null or absent: every session' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsInt({ each: true })
  @FieldLabel('可入场次', 'sessions')
  sessionIds?: number[] | null;

  @ApiPropertyOptional({ nullable: true, type: [String], example: ['主会场', '贵宾室'], description: 'The zones (gates’ areas) it admits to; null or absent: every zone' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(40, { each: true })
  @FieldLabel('可入区域', 'zones')
  zones?: string[] | null;

  @ApiPropertyOptional({ description: 'Held by every registration not given another tier' })
  @IsOptional()
  @IsBoolean()
  @FieldLabel('默认证件', 'default')
  isDefault?: boolean;

  @ApiPropertyOptional({ example: 1 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @FieldLabel('顺序', 'position')
  position?: number;
}

export class UpdateTierRequest extends PartialType(CreateTierRequest) {}

export class AssignTierRequest {
  @ApiProperty({ nullable: true, type: Number, description: 'The tier; null gives the edition’s default tier back' })
  @IsOptional()
  @IsInt()
  @FieldLabel('证件类别', 'tier')
  tierId: number | null;
}

export class TierDto {
  @ApiProperty() id: number;
  @ApiProperty() editionId: number;
  @ApiProperty({ example: '嘉宾证' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) nameEn: string | null;
  @ApiProperty({ example: '#c0392b' }) color: string;
  @ApiPropertyOptional({ nullable: true, type: [Number] }) sessionIds: number[] | null;
  @ApiPropertyOptional({ nullable: true, type: [String] }) zones: string[] | null;
  @ApiProperty() isDefault: boolean;
  @ApiProperty() position: number;

  static from(tier: CredentialTier): TierDto {
    const { id, editionId, name, nameEn, color, sessionIds, zones, isDefault, position } = tier;
    return { id, editionId, name, nameEn, color, sessionIds, zones, isDefault, position };
  }
}

export class CredentialDto {
  @ApiProperty({ example: '7KQ4M-XR2PA' }) code: string;
  @ApiProperty({ type: TierDto }) tier: TierDto;
  @ApiProperty({ description: 'Which printing of the badge is valid: a reprint raises it and voids the codes printed before' }) generation: number;
  @ApiProperty({ description: 'The signed code the QR carries (verifiable offline with the public key)' }) ticketCode: string;
  @ApiProperty({ description: 'The address the QR opens' }) ticketUrl: string;
}

/** A guest's credential: no registration, the tier of the guest's category, and the guest's own signed code. */
export class GuestCredentialDto {
  @ApiProperty({ description: 'The guest’s code (of the personal invitation link)', example: 'G7KQ4M-XR2PA' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: TierDto }) tier: TierDto;
  @ApiProperty({ description: 'Which printing of the badge is valid (a reprint raises it)' }) generation: number;
  @ApiProperty({ description: 'The signed code the guest’s badge QR carries (verifiable with the public key)' }) ticketCode: string;
  @ApiProperty({ description: 'The address the QR opens: the guest’s ticket page' }) ticketUrl: string;
}

export const BADGE_FORMATS = ['a6', 'card'] as const;
export const BADGE_WHO = ['registrations', 'guests', 'all'] as const;

export class BadgeQuery {
  @ApiPropertyOptional({ description: 'Only this tier' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @FieldLabel('证件类别', 'tier')
  tierId?: number;

  @ApiPropertyOptional({ description: 'Only people with a confirmed seat in this session' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @FieldLabel('场次', 'session')
  sessionId?: number;

  @ApiPropertyOptional({ description: 'Only these registration codes, comma-separated' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @FieldLabel('报名编号', 'codes')
  codes?: string;

  @ApiPropertyOptional({ enum: BADGE_WHO, description: 'registrations (default): confirmed attendees; guests: the guest list (not those declining), each with the tier of their category; all: both' })
  @IsOptional()
  @IsIn(BADGE_WHO)
  @FieldLabel('人员范围', 'people')
  who?: (typeof BADGE_WHO)[number];

  @ApiPropertyOptional({ enum: BADGE_FORMATS, description: 'a6: two A6 badges per A4; card: ten credit-card badges per A4 (default)' })
  @IsOptional()
  @IsIn(BADGE_FORMATS)
  @FieldLabel('版式', 'format')
  format?: (typeof BADGE_FORMATS)[number];
}
