import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { OptionalText, RequiredText } from '../../common/validation/text-fields';
import { PRIVACY_NOTICE_VERSION_PATTERN, type PrivacyNotice } from '../privacy-notice';

/** An edition's privacy notice (个人信息处理告知): the version a registration must name, and its words. */
export class PrivacyNoticeDto {
  @ApiProperty({ example: '2026-1', description: 'Send it as privacyNoticeVersion when registering' })
  version: string;

  @ApiProperty({ description: 'The notice in Chinese (the text of record)' })
  text: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'The notice in English' })
  textEn: string | null;

  @ApiProperty({ description: 'True while the edition shows the default notice, its organizer having set none' })
  isDefault: boolean;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'When the organizer last set it' })
  updatedAt: string | null;

  @ApiProperty({ example: 'http://localhost:3000/e/integrity-2026/privacy', description: 'The page that shows it' })
  page: string;

  static from(notice: PrivacyNotice, page: string): PrivacyNoticeDto {
    return { version: notice.version, text: notice.textZh, textEn: notice.textEn, isDefault: notice.isDefault, updatedAt: notice.updatedAt?.toISOString() ?? null, page };
  }
}

export class SetPrivacyNoticeRequest {
  @ApiProperty({ example: '2026-1', description: 'A new version for new words: letters, digits, . _ - (at most 40), not starting with "default"' })
  @Matches(PRIVACY_NOTICE_VERSION_PATTERN, { message: 'version must be 1-40 letters, digits, . _ or -' })
  version: string;

  @RequiredText(20_000, '2026中国网络诚信大会的主办方依照《中华人民共和国个人信息保护法》告知如下：……')
  text: string;

  @OptionalText(20_000)
  textEn?: string | null;
}
