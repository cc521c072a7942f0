import { ApiProperty } from '@nestjs/swagger';
import type { LocalText } from '../../common/i18n/local-text';

export class ImportProblemDto {
  @ApiProperty({ description: 'The row’s number as the spreadsheet shows it (the header is row 1 unless a title row is above it)', example: 5 })
  row: number;

  @ApiProperty({ description: 'The column’s header as the file writes it', example: '手机号码' })
  column: string;

  @ApiProperty({ description: 'The guest field it feeds', example: 'phone' })
  field: string;

  @ApiProperty({ type: String, description: 'Why, in the language asked for', example: '“12345”不是有效的手机号码' })
  message: LocalText | string;
}

export class ImportPreviewDto {
  @ApiProperty() id: number;
  @ApiProperty() editionId: number;
  @ApiProperty() fileName: string;
  @ApiProperty({ description: 'SHA-256 of the file' }) digest: string;
  @ApiProperty({ description: 'Data rows read (blank rows left out)' }) rowCount: number;
  @ApiProperty({ description: 'Rows refused; the import cannot be confirmed while there is any' }) errorCount: number;
  @ApiProperty({ description: 'Rows that would add a guest' }) toCreate: number;
  @ApiProperty({ description: 'Rows matching a guest (by phone or e-mail) whose fields would change' }) toUpdate: number;
  @ApiProperty({ description: 'Rows matching a guest that would change nothing' }) unchanged: number;
  @ApiProperty({ type: [ImportProblemDto] }) problems: ImportProblemDto[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) confirmedAt: Date | null;
}

export class ImportResultDto {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
}
