import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, MaxLength } from 'class-validator';
import type { LocalText } from '../../common/i18n/local-text';
import { RequiredText } from '../../common/validation/text-fields';
import { REGISTRATION_STATUSES, RegistrationStatus } from '../registration-status';

export class DecideRegistrationsRequest {
  @ApiProperty({ type: [String], example: ['7KQ4M-XR2PA'], description: 'Codes of pending registrations of this edition (at most 500)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  codes: string[];

  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'], { message: 'decision must be approve or reject' })
  decision: 'approve' | 'reject';
}

/** What became of one registration in a decision on many: each is decided on its own. */
export class RegistrationDecisionOutcomeDto {
  @ApiProperty() code: string;
  @ApiProperty({ description: 'false: this one was refused (not pending, not in this edition…); the others still count' }) ok: boolean;
  @ApiPropertyOptional({ enum: REGISTRATION_STATUSES, nullable: true, type: String }) status: RegistrationStatus | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why it was refused' }) error: LocalText | string | null;
}

export class CancelRegistrationRequest {
  // Told to the attendee: blank words are no reason.
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @RequiredText(500, '本次活动名额调整')
  reason: string;
}
