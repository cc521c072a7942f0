import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { OptionalText, RequiredText } from '../../common/validation/text-fields';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES, ProposalKind, ProposalStatus } from '../proposal-kind';

/** A speaker for a delegated sub-forum, as the hosting body proposes it (the photo comes through the partner page's form). */
export class ProposeSpeakerRequest {
  @RequiredText(100, '赵晖')
  name: string;

  @OptionalText(200, 'Zhao Hui')
  nameEn?: string | null;

  @OptionalText(200, '秘书长')
  title?: string | null;

  @OptionalText(200, '中国网络社会组织联合会')
  affiliation?: string | null;

  @OptionalText(5000)
  bio?: string | null;
}

export class ProposeDescriptionRequest {
  @RequiredText(20_000, '围绕平台经济诚信建设，邀请……')
  description: string;

  @OptionalText(20_000)
  descriptionEn?: string | null;
}

/** An invited guest for a delegated sub-forum: a phone or an e-mail is needed, as for every guest. */
export class ProposeGuestRequest {
  @RequiredText(100, '李明')
  name: string;

  @OptionalText(200, '某省委网信办')
  organization?: string | null;

  @OptionalText(200, '主任')
  title?: string | null;

  @OptionalText(32, '13812345678')
  phone?: string | null;

  @OptionalText(254, 'liming@example.com')
  email?: string | null;
}

export class SendBackRequest {
  @ApiProperty({ description: 'Why it is sent back: the partner reads it beside the proposal', maxLength: 1000 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  comment: string;
}

export class ProposedSpeakerDto {
  @ApiProperty() name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) nameEn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) title: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) affiliation: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) bio: string | null;
}

export class ProposedGuestDto {
  @ApiProperty() name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) organization: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) title: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) phone: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) email: string | null;
}

export class ProposalDto {
  @ApiProperty() id: number;
  @ApiProperty() sessionId: number;
  @ApiProperty() sessionTitle: string;
  @ApiProperty() editionId: number;
  @ApiProperty() organizationId: number;
  @ApiProperty() organization: string;
  @ApiProperty({ enum: PROPOSAL_KINDS }) kind: ProposalKind;
  @ApiPropertyOptional({ nullable: true, type: ProposedSpeakerDto }) speaker: ProposedSpeakerDto | null;
  @ApiPropertyOptional({ nullable: true, type: ProposedGuestDto }) guest: ProposedGuestDto | null;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) descriptionEn: string | null;
  @ApiProperty({ description: 'Whether a photo came with it' }) hasPhoto: boolean;
  @ApiProperty({ enum: PROPOSAL_STATUSES, description: 'pending: waiting for review; accepted: in the draft, public after the next release; returned: sent back with a comment' }) status: ProposalStatus;
  @ApiPropertyOptional({ nullable: true, type: String }) reviewComment: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) reviewedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class DelegationDto {
  @ApiProperty() sessionId: number;
  @ApiProperty() organizationId: number;
  @ApiProperty() delegated: boolean;
}
