import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { WindowQuery } from '../../common/paged';
import { SPEAKER_ROLES, SpeakerRole } from '../speaker-role';
import type { Speaker } from '../entities/speaker.entity';
import { OptionalText, RequiredText } from '../../common/validation/text-fields';

export class CreateSpeakerRequest {
  @RequiredText(100, '赵晖')
  name: string;

  @OptionalText(200, 'Zhao Hui')
  nameEn?: string | null;

  @OptionalText(200, '秘书长')
  title?: string | null;

  @OptionalText(200, 'Secretary-General')
  titleEn?: string | null;

  @OptionalText(200, '中国网络社会组织联合会')
  affiliation?: string | null;

  @OptionalText(300)
  affiliationEn?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'The affiliation as an organization known to Huiwu' })
  @IsOptional()
  @IsInt({ message: 'organizationId must be an integer' })
  @Min(1)
  @Max(2_147_483_647)
  organizationId?: number | null;

  @OptionalText(20_000)
  bio?: string | null;

  @OptionalText(20_000)
  bioEn?: string | null;
}

export class UpdateSpeakerRequest extends PartialType(CreateSpeakerRequest) {}

export class SpeakerQuery extends WindowQuery {
  @ApiPropertyOptional({ description: 'Part of a name, Chinese or English' })
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @MinLength(1)
  @MaxLength(100)
  q?: string;
}

export class SpeakerDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) nameEn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) title: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) titleEn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) affiliation: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) affiliationEn: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) organizationId: number | null;
  @ApiPropertyOptional({ nullable: true, type: String }) bio: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) bioEn: string | null;

  static from(s: Speaker): SpeakerDto {
    return {
      id: s.id,
      name: s.nameZh,
      nameEn: s.nameEn,
      title: s.titleZh,
      titleEn: s.titleEn,
      affiliation: s.affiliationZh,
      affiliationEn: s.affiliationEn,
      organizationId: s.organizationId,
      bio: s.bioZh,
      bioEn: s.bioEn,
    };
  }
}

export class AddSessionSpeakerRequest {
  @ApiProperty()
  @IsInt({ message: 'speakerId must be an integer' })
  @Min(1)
  @Max(2_147_483_647)
  speakerId: number;

  @ApiPropertyOptional({ enum: SPEAKER_ROLES, default: 'speaker' })
  @IsOptional()
  @IsIn(SPEAKER_ROLES, { message: `role must be one of ${SPEAKER_ROLES.join(', ')}` })
  role?: SpeakerRole;

  @ApiPropertyOptional({ description: 'Position in the session’s list; appended when left out' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000)
  displayOrder?: number;
}

export class UpdateSessionSpeakerRequest {
  @ApiPropertyOptional({ enum: SPEAKER_ROLES })
  @IsOptional()
  @IsIn(SPEAKER_ROLES, { message: `role must be one of ${SPEAKER_ROLES.join(', ')}` })
  role?: SpeakerRole;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  displayOrder?: number;
}
