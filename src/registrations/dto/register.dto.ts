import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { FieldLabel } from '../../common/i18n/field-labels';
import { PlainName } from './plain-name';
import { SessionIds } from './session-ids';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RegisterRequest {
  @ApiProperty({ example: '张三', description: 'No links, web addresses or e-mail addresses (400 on name)' })
  @FieldLabel('姓名', 'name')
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(100)
  @PlainName()
  name: string;

  @ApiProperty({ example: 'zhangsan@example.com' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ example: '+86 138 1234 5678', description: 'Mainland mobile (11 digits, +86 optional) or international +country number; kept as written (spaces, dashes)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(32)
  phone?: string;

  @ApiPropertyOptional({ example: '中国网络社会组织联合会' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  organization?: string;

  @ApiPropertyOptional({ example: '研究员' })
  @FieldLabel('职务', 'job title')
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({
    description:
      'Needed only after unusually many registrations (answered 428 otherwise): "<challenge>.<nonce>" where challenge comes from GET /api/editions/{id}/registration-challenge and SHA-256 of the whole string starts with `bits` zero bits. Each challenge buys one registration.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  proof?: string;

  @SessionIds({
    example: [12, 15],
    description:
      'Published sessions of this edition, e.g. sub-forums: at least one (400 otherwise), unless the edition is registered for as a whole, i.e. its published program has no session to register for (only breaks or cancelled sessions): then [] registers for the conference itself',
  })
  sessionIds: number[];

  @ApiProperty({
    example: 'default-1',
    description: 'Consent to the edition’s privacy notice (个人信息处理告知, PIPL): the version it shows now, from GET /api/editions/{idOrSlug}/privacy-notice. Missing or not the current version: refused',
  })
  @IsString({ message: 'privacyNoticeVersion is required: the version of the privacy notice agreed to' })
  @MaxLength(40)
  privacyNoticeVersion: string;
}

export class ChangeSessionsRequest {
  @SessionIds({ description: 'The sessions wanted from now on: new ones are added, missing ones cancelled' })
  sessionIds: number[];
}
