import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ChosenPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../accounts/password-rules';
import { TEAM_ROLES, TeamRole } from '../team-role';

/** Where a role applies: leave both out for everything, or name one brand or one edition. */
export class TeamScopeRequest {
  @ApiProperty({ enum: TEAM_ROLES, description: 'owner, editor, desk (registrations desk), check_in (check-in staff) or viewer' })
  @IsIn(TEAM_ROLES, { message: `role must be one of ${TEAM_ROLES.join(', ')}` })
  role: TeamRole;

  @ApiPropertyOptional({ example: 'integrity', description: 'A brand’s slug: the role covers its editions, now and later' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{1,40}$/, { message: 'brand must be a brand slug' })
  brand?: string;

  @ApiPropertyOptional({ example: 7, description: 'An edition’s id: the role covers that edition only' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'editionId must be an integer' })
  @Min(1)
  @Max(2_147_483_647)
  editionId?: number;
}

export class PutTeamGrantRequest extends TeamScopeRequest {
  @ApiProperty({ description: 'An organizer account' })
  @Type(() => Number)
  @IsInt({ message: 'accountId must be an integer' })
  @Min(1)
  @Max(2_147_483_647)
  accountId: number;
}

/** A new organizer account and its first role. */
export class AddTeamMemberRequest extends TeamScopeRequest {
  @ApiProperty({ example: 'desk@huiwu.local' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: `At least ${PASSWORD_MIN_LENGTH} characters; the member changes it after signing in` })
  @ChosenPassword('password')
  password: string;

  @ApiPropertyOptional({ example: '李四' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  displayName?: string;
}

export class TeamGrantDto {
  @ApiProperty()
  id: number;

  @ApiProperty()
  accountId: number;

  @ApiProperty({ enum: TEAM_ROLES })
  role: TeamRole;

  @ApiProperty({ enum: ['all', 'brand', 'edition'] })
  scope: 'all' | 'brand' | 'edition';

  @ApiPropertyOptional({ nullable: true, type: String, description: 'The brand’s slug, for a brand’s role' })
  brand: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number })
  editionId: number | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'The brand’s or edition’s name (Chinese), for a brand’s or edition’s role' })
  scopeName: string | null;
}

export class TeamMemberDto {
  @ApiProperty()
  accountId: number;

  @ApiProperty()
  email: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  displayName: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  disabledAt: string | null;

  @ApiProperty({ type: [TeamGrantDto], description: 'The roles in scopes the caller manages' })
  grants: TeamGrantDto[];
}
