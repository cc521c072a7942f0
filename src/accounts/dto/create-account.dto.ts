import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { ACCOUNT_KINDS, AccountKind } from '../account-kind';
import { ChosenPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password-rules';

export class CreateAccountRequest {
  @ApiProperty({ example: 'shaanxi@partner.example' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: `At least ${PASSWORD_MIN_LENGTH} characters` })
  @ChosenPassword('password')
  password: string;

  @ApiProperty({ enum: ACCOUNT_KINDS })
  @IsIn(ACCOUNT_KINDS, { message: `kind must be one of ${ACCOUNT_KINDS.join(', ')}` })
  kind: AccountKind;

  @ApiPropertyOptional({ description: 'Required for partner accounts, refused for organizers' })
  @ValidateIf((o: CreateAccountRequest) => o.kind === 'partner' || o.organizationId !== undefined)
  @IsInt({ message: 'organizationId must be the id of an organization (required for partner accounts)' })
  @Min(1)
  @Max(2_147_483_647)
  organizationId?: number;

  @ApiPropertyOptional({ example: '张三' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  displayName?: string;
}
