import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ChosenPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../accounts/password-rules';

export class ChangePasswordRequest {
  @ApiProperty({ description: 'The password the account signs in with now' })
  @IsString({ message: 'currentPassword must be text' })
  @MinLength(1, { message: 'currentPassword must not be empty' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: 'Not the current password, nor the e-mail address' })
  @ChosenPassword('newPassword')
  newPassword: string;
}

export class PasswordResetRequest {
  @ApiProperty({ example: 'organizer@huiwu.local' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;
}

export class PasswordResetAnswer {
  @ApiProperty({ example: 'If an account has this address, a link to set a new password has been sent to it; it works once, for 30 minutes' })
  message: string;
}

export class CompletePasswordResetRequest {
  @ApiProperty({ description: 'The `token` of the link in the e-mail' })
  @IsString({ message: 'token must be text' })
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'token must be the token of a password reset link' })
  token: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: 'Not the e-mail address' })
  @ChosenPassword('newPassword')
  newPassword: string;
}
