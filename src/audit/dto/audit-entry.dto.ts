import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditEntry } from '../entities/audit-entry.entity';

export class AuditEntryDto {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '2026-11-22T06:30:00.000Z' })
  at: string;

  @ApiPropertyOptional({ nullable: true, type: Number })
  accountId: number | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  accountEmail: string | null;

  @ApiProperty({ example: 'update' })
  action: string;

  @ApiProperty({ example: 'session' })
  entityType: string;

  @ApiPropertyOptional({ nullable: true, type: Number })
  entityId: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number })
  editionId: number | null;

  @ApiPropertyOptional({ description: 'The record before the write', type: 'object', additionalProperties: true, nullable: true })
  before: unknown;

  @ApiPropertyOptional({ description: 'The record after the write', type: 'object', additionalProperties: true, nullable: true })
  after: unknown;

  static from(entry: AuditEntry): AuditEntryDto {
    return {
      id: entry.id,
      at: entry.at.toISOString(),
      accountId: entry.accountId,
      accountEmail: entry.accountEmail,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      editionId: entry.editionId,
      before: entry.before,
      after: entry.after,
    };
  }
}
