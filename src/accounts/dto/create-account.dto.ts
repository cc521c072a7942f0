import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { ACCOUNT_KINDS, AccountKind } from '../account-kind';

export class CreateAccountRequest {
  @ApiProperty({ example: 'shaanxi@partner.example' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, description: 'At least 10 characters' })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters long' })
  @MaxLength(200)
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
