import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { AccountDto } from '../../accounts/dto/account.dto';

export class LoginRequest {
  @ApiProperty({ example: 'admin@huiwu.local' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'change-me-now' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

export class LoginResponse {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <token>`' })
  token: string;

  @ApiProperty({ example: '2026-11-22T18:00:00.000Z' })
  expiresAt: string;

  @ApiProperty({ type: AccountDto })
  account: AccountDto;
}
