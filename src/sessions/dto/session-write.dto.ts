import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { OptionalText, RequiredText, TEXT_LIMITS } from '../../common/validation/text-fields';
import { LOCAL_DATE, LOCAL_OR_OFFSET_DATE_TIME } from '../../common/zoned-input';
import { ORGANIZATION_ROLES, OrganizationRole } from '../../organizations/organization-role';
import { SESSION_KINDS, SESSION_STATUSES, SessionKind, SessionStatus } from '../session-kind';

export class SessionHostInput {
  @ApiProperty()
  @IsInt({ message: 'organizationId must be an integer' })
  @Min(1)
  @Max(2_147_483_647)
  organizationId: number;

  @ApiPropertyOptional({ enum: ORGANIZATION_ROLES, default: 'host' })
  @IsOptional()
  @IsIn(ORGANIZATION_ROLES, { message: `role must be one of ${ORGANIZATION_ROLES.join(', ')}` })
  role?: OrganizationRole;

  @ApiPropertyOptional({ description: 'The name as this session prints it, when it differs from the official one' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  printedName?: string;
}

export class CreateSessionRequest {
  @ApiProperty({ enum: SESSION_KINDS })
  @IsIn(SESSION_KINDS, { message: `kind must be one of ${SESSION_KINDS.join(', ')}` })
  kind: SessionKind;

  @RequiredText(TEXT_LIMITS.title, '平台经济诚信建设分论坛')
  title: string;

  @OptionalText(TEXT_LIMITS.title)
  titleEn?: string | null;

  @OptionalText(TEXT_LIMITS.title, '诚信点亮美好 文明照鉴未来')
  theme?: string | null;

  @OptionalText(TEXT_LIMITS.title)
  themeEn?: string | null;

  @OptionalText(TEXT_LIMITS.description)
  description?: string | null;

  @OptionalText(TEXT_LIMITS.description)
  descriptionEn?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '2021-11-19T09:30',
    description: "Wall time in the edition's zone, or ISO 8601 with an offset. Leave out both times for an unscheduled session.",
  })
  @IsOptional()
  @Matches(LOCAL_OR_OFFSET_DATE_TIME, { message: 'startsAt must look like 2021-11-19T09:30 (edition time) or carry an offset' })
  startsAt?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '2021-11-19T11:00' })
  @IsOptional()
  @Matches(LOCAL_OR_OFFSET_DATE_TIME, { message: 'endsAt must look like 2021-11-19T11:00 (edition time) or carry an offset' })
  endsAt?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '2021-11-19', description: 'The day of an unscheduled session' })
  @IsOptional()
  @Matches(LOCAL_DATE, { message: 'day must be a date YYYY-MM-DD' })
  day?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number })
  @IsOptional()
  @IsInt({ message: 'roomId must be an integer' })
  @Min(1)
  @Max(2_147_483_647)
  roomId?: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Seats offered: at most the room’s (a capacity down to the seats already taken is always accepted); null: the room’s seats are the limit, or none without a room' })
  @IsOptional()
  @IsInt({ message: 'capacity must be a whole number' })
  @Min(0)
  @Max(1_000_000)
  capacity?: number | null;

  @ApiPropertyOptional({ enum: SESSION_STATUSES, default: 'scheduled' })
  @IsOptional()
  @IsIn(SESSION_STATUSES, { message: `status must be one of ${SESSION_STATUSES.join(', ')}` })
  status?: SessionStatus;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Registration for this session opens (ISO 8601 with offset)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'registrationOpensAt must be an ISO 8601 date-time with offset' })
  registrationOpensAt?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Registration for this session closes' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'registrationClosesAt must be an ISO 8601 date-time with offset' })
  registrationClosesAt?: string | null;

  @ApiPropertyOptional({ type: [SessionHostInput], description: 'Hosting organizations in printed order (replaces the list)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SessionHostInput)
  hosts?: SessionHostInput[];
}

export class UpdateSessionRequest extends PartialType(CreateSessionRequest) {}
