import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';

/** The address a registration was made with; a phone number joins it once messages go by SMS. */
export class ResendLinkRequest {
  @ApiProperty({ example: 'zhangsan@example.com' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;
}

/** The same answer whether or not the address is registered. */
export class ResendLinkAcceptedDto {
  @ApiProperty({ example: '如果该邮箱报名了本届大会，我们已将报名链接发送到该邮箱，请查收。' })
  message: string;
}
