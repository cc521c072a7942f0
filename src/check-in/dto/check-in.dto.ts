import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDateString, IsInt, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { FieldLabel } from '../../common/i18n/field-labels';
import { OptionalText, RequiredText } from '../../common/validation/text-fields';
import type { LocalText } from '../../common/i18n/local-text';
import type { CheckInGate } from '../check-in.store';

export class CreateGateRequest {
  @RequiredText(60, '主会场东门')
  @FieldLabel('入口名称', 'gate name')
  name: string;

  @ApiPropertyOptional({ nullable: true, type: [Number], description: 'The sessions it admits to; null or absent: the edition as a whole' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsInt({ each: true })
  @FieldLabel('场次', 'sessions')
  sessionIds?: number[] | null;

  @OptionalText(40, '主会场')
  @FieldLabel('区域', 'zone')
  zone?: string | null;
}

export class GateDto {
  @ApiProperty() id: number;
  @ApiProperty() editionId: number;
  @ApiProperty({ example: '主会场东门' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: [Number] }) sessionIds: number[] | null;
  @ApiPropertyOptional({ nullable: true, type: String }) zone: string | null;

  static from(gate: CheckInGate): GateDto {
    return { id: gate.id, editionId: gate.editionId, name: gate.name, sessionIds: gate.sessionIds, zone: gate.zone };
  }
}

const SCAN_ID = /^[A-Za-z0-9_.:-]{1,40}$/;

export class ScanItem {
  @ApiProperty({ description: 'What the scanner read: the signed code, the address it is part of, or the registration code typed by hand' })
  @IsString()
  @MinLength(1)
  @MaxLength(400)
  @FieldLabel('票码', 'code')
  code: string;

  @ApiPropertyOptional({ example: '2036-12-01T01:02:03.456Z', description: 'When the device scanned it; absent: now. Decides which of two scans of one ticket was first.' })
  @IsOptional()
  @IsDateString({ strict: true })
  @FieldLabel('扫码时间', 'scan time')
  scannedAt?: string;

  @ApiPropertyOptional({ description: 'Synced scans: whether the offline device let the holder in (absent: yes). A duplicate it let in is a second admission the supervisor must look into.' })
  @IsOptional()
  @IsBoolean()
  @FieldLabel('离线放行', 'admitted offline')
  admittedOffline?: boolean;

  @ApiProperty({ description: 'The device’s id of this scan: sending it again returns the first answer', example: 'c0ffee-1' })
  @IsString()
  @Matches(SCAN_ID, { message: '应为 1–40 个字母、数字或 _ . : -' })
  @FieldLabel('扫码编号', 'scan id')
  clientScanId: string;
}

export class ScanRequest extends ScanItem {
  @ApiProperty({ description: 'The scanning device’s own id', example: 'phone-east-1' })
  @IsString()
  @Matches(SCAN_ID, { message: '应为 1–40 个字母、数字或 _ . : -' })
  @FieldLabel('设备编号', 'device id')
  deviceId: string;
}

export class SyncRequest {
  @ApiProperty({ example: 'phone-east-1' })
  @IsString()
  @Matches(SCAN_ID, { message: '应为 1–40 个字母、数字或 _ . : -' })
  @FieldLabel('设备编号', 'device id')
  deviceId: string;

  @ApiProperty({ type: [ScanItem], description: 'Scans queued while offline, in any order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ScanItem)
  @FieldLabel('扫码记录', 'scans')
  scans: ScanItem[];
}

export const SCAN_OUTCOMES = ['admitted', 'already', 'wrong_session', 'cancelled', 'not_confirmed', 'replaced', 'unknown'] as const;
export type ScanOutcome = (typeof SCAN_OUTCOMES)[number];

export class ScanTierDto {
  @ApiProperty({ example: '嘉宾证' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) nameEn: string | null;
  @ApiProperty({ example: '#c0392b' }) color: string;
}

export class FirstScanDto {
  @ApiProperty({ example: '2036-12-01T01:02:03.456Z' }) at: string;
  @ApiProperty({ example: '主会场东门' }) gate: string;
  @ApiProperty({ description: 'Who scanned it' }) by: string;
}

export class ScanAnswerDto {
  @ApiProperty({ enum: SCAN_OUTCOMES }) outcome: ScanOutcome;
  @ApiProperty({ type: String, description: 'What to show, in the language asked' }) message: LocalText | string;
  @ApiPropertyOptional({ nullable: true, enum: ['registration', 'guest'], description: 'Whose ticket: a registration’s, or an invited guest’s badge' }) holder: 'registration' | 'guest' | null;
  @ApiPropertyOptional({ nullable: true, type: String }) name: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) organization: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) title: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The registration code (null for a guest)' }) code: string | null;
  @ApiPropertyOptional({ nullable: true, type: ScanTierDto }) credential: ScanTierDto | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The session admitted to; null: the edition as a whole' }) session: string | null;
  @ApiPropertyOptional({ nullable: true, type: FirstScanDto, description: 'For `already`: the kept admission' }) first: FirstScanDto | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) checkInId: number | null;
  @ApiProperty({ description: 'The device’s scan id, echoed' }) clientScanId: string;
}

export class SyncAnswerDto {
  @ApiProperty({ type: [ScanAnswerDto], description: 'One answer per scan, in the order sent' }) answers: ScanAnswerDto[];
}

export class SnapshotDto {
  @ApiProperty({ description: 'JSON text: { v, gateId, editionId, issuedAt, gate, tiers, sessions, tickets: [[registrationId, generation, code, name, organization, tierId, sessionIds]], admitted: [[registrationId, scope, scannedAt, gate, by]], guests: [[guestId, generation, name, organization, tierId, sessionIds, code]] (code: the invitation’s, typed at the door), admittedGuests: [[guestId, scope, scannedAt, gate, by]] }' })
  payload: string;
  @ApiProperty({ description: 'ECDSA P-256 (SHA-256, IEEE P1363, base64url) of the payload’s UTF-8 bytes' }) signature: string;
  @ApiProperty({ description: 'The public key, base64 SPKI: verifies this signature and every ticket code' }) publicKey: string;
}

export class PublicKeyDto {
  @ApiProperty({ description: 'base64 SPKI of the ECDSA P-256 key that signs ticket codes and gate snapshots' }) publicKey: string;
  @ApiProperty({ example: 'ECDSA-P256-SHA256' }) algorithm: string;
}

export class GateCountDto {
  @ApiProperty() gateId: number;
  @ApiProperty() name: string;
  @ApiProperty() admitted: number;
}

export class SessionCountDto {
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'null: admissions to the edition as a whole' }) sessionId: number | null;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Confirmed seats and invited guests (or confirmed registrations and guests, for the whole edition)' }) expected: number;
  @ApiProperty() admitted: number;
}

export class ArrivalDto {
  @ApiProperty({ description: 'Start of the five-minute slot' }) at: string;
  @ApiProperty() count: number;
}

export class DuplicateDto {
  @ApiProperty() checkInId: number;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The registration code (empty for a guest)' }) code: string;
  @ApiProperty({ enum: ['registration', 'guest'] }) holder: 'registration' | 'guest';
  @ApiProperty() gate: string;
  @ApiProperty() scannedAt: string;
  @ApiProperty() by: string;
  @ApiProperty({ description: 'Let in by an offline device and synced later: the holder entered a second time' }) offline: boolean;
  @ApiPropertyOptional({ nullable: true, type: FirstScanDto }) first: FirstScanDto | null;
}

export class LiveCountsDto {
  @ApiProperty() editionId: number;
  @ApiProperty({ description: 'Confirmed registrations and invited guests who did not decline' }) expected: number;
  @ApiProperty({ description: 'People (registrations and guests) admitted at least once' }) arrived: number;
  @ApiProperty({ type: [GateCountDto] }) gates: GateCountDto[];
  @ApiProperty({ type: [SessionCountDto] }) sessions: SessionCountDto[];
  @ApiProperty({ type: [ArrivalDto] }) arrivals: ArrivalDto[];
  @ApiProperty() duplicateCount: number;
  @ApiProperty({ type: [DuplicateDto] }) duplicates: DuplicateDto[];
  @ApiProperty() at: string;
}
