import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { LOCAL_DATE } from '../../common/zoned-input';
import { EDITION_STATUSES, EditionStatus, REGISTRATION_CONFIRMATIONS, RegistrationConfirmation } from '../edition-status';
import { OptionalText, RequiredText } from '../../common/validation/text-fields';

export class CreateEditionRequest {
  @ApiProperty({ example: 'integrity', description: 'Brand slug' })
  @Matches(/^[a-z][a-z0-9-]{1,40}$/, { message: 'brand must be a brand slug' })
  brand: string;

  @ApiProperty({ example: 2026 })
  @IsInt({ message: 'year must be an integer' })
  @Min(1990)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ nullable: true, type: Number, example: 9, description: '首届 = 1' })
  @IsOptional()
  @IsInt({ message: 'ordinal must be an integer' })
  @Min(1)
  @Max(1000)
  ordinal?: number | null;

  @RequiredText(200, '2026中国网络诚信大会')
  title: string;

  @OptionalText(200)
  titleEn?: string | null;

  @OptionalText(300)
  theme?: string | null;

  @OptionalText(300)
  themeEn?: string | null;

  @OptionalText(20_000)
  description?: string | null;

  @ApiProperty({ nullable: true, type: String, example: '2026-12-01', description: 'First local day; null (with endDate null) while the dates are still to be announced' })
  @ValidateIf((_, value) => value !== null)
  @Matches(LOCAL_DATE, { message: 'startDate must be a date YYYY-MM-DD' })
  startDate: string | null;

  @ApiProperty({ nullable: true, type: String, example: '2026-12-02', description: 'Last local day; null (with startDate null) while the dates are still to be announced' })
  @ValidateIf((_, value) => value !== null)
  @Matches(LOCAL_DATE, { message: 'endDate must be a date YYYY-MM-DD' })
  endDate: string | null;

  @ApiPropertyOptional({ example: 'Asia/Shanghai', description: 'IANA zone; the configured default when left out' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @OptionalText(100, '西安')
  city?: string | null;

  @OptionalText(100, "Xi'an")
  cityEn?: string | null;

  /** Suggested from GET /api/places/provinces; free text, so a place the list lacks can still be written. */
  @OptionalText(50, '陕西省')
  province?: string | null;

  @OptionalText(200)
  venue?: string | null;

  @OptionalText(200)
  venueEn?: string | null;

  @ApiPropertyOptional({ enum: EDITION_STATUSES, default: 'draft' })
  @IsOptional()
  @IsIn(EDITION_STATUSES, { message: `status must be one of ${EDITION_STATUSES.join(', ')}` })
  status?: EditionStatus;

  @ApiPropertyOptional({ nullable: true, type: String, example: '2026-11-01T09:00:00+08:00', description: 'Registration opens (ISO 8601 with offset); null: open now' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'registrationOpensAt must be an ISO 8601 date-time with offset' })
  registrationOpensAt?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '2026-11-30T18:00:00+08:00', description: 'Registration closes; null: until the edition' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'registrationClosesAt must be an ISO 8601 date-time with offset' })
  registrationClosesAt?: string | null;

  @ApiPropertyOptional({ default: false, description: 'New registrations wait for an organizer’s approval' })
  @IsOptional()
  @IsBoolean({ message: 'requiresApproval must be true or false' })
  requiresApproval?: boolean;

  @ApiPropertyOptional({
    enum: REGISTRATION_CONFIRMATIONS,
    default: 'none',
    description:
      'email: a new registration holds its seats as `unconfirmed` until the attendee follows the link mailed to them within confirmationWindowMinutes (else it is cancelled and the seats go to the waitlists), and every registration request is answered alike (202), details by mail only',
  })
  @IsOptional()
  @IsIn(REGISTRATION_CONFIRMATIONS, { message: `registrationConfirmation must be one of ${REGISTRATION_CONFIRMATIONS.join(', ')}` })
  registrationConfirmation?: RegistrationConfirmation;

  @ApiPropertyOptional({ default: 30, minimum: 5, maximum: 10080, description: 'Minutes an unconfirmed registration holds its seats' })
  @IsOptional()
  @IsInt({ message: 'confirmationWindowMinutes must be a whole number' })
  @Min(5, { message: 'confirmationWindowMinutes must be at least 5' })
  @Max(10_080, { message: 'confirmationWindowMinutes must be at most 10080 (a week)' })
  confirmationWindowMinutes?: number;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Attendees the whole edition can take; null for no limit' })
  @IsOptional()
  @IsInt({ message: 'registrationCapacity must be a whole number' })
  @Min(0)
  @Max(10_000_000)
  registrationCapacity?: number | null;
}

/** Brand and year are the edition's identity (its slug); clone an edition to make another year. */
export class UpdateEditionRequest extends PartialType(OmitType(CreateEditionRequest, ['brand', 'year'] as const)) {}

export class CloneEditionRequest {
  @ApiProperty({ example: 2027 })
  @IsInt({ message: 'year must be an integer' })
  @Min(1990)
  @Max(2100)
  year: number;

  @ApiProperty({ example: '2027-12-06', description: 'First day of the new edition; every day and session shifts with it' })
  @Matches(LOCAL_DATE, { message: 'startDate must be a date YYYY-MM-DD' })
  startDate: string;
}
