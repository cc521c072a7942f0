import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REGISTRATION_STATUSES, RegistrationStatus, SEAT_STATUSES, SeatStatus } from '../registration-status';

export class SeatDto {
  @ApiProperty() sessionId: number;
  @ApiProperty({ example: '平台经济诚信建设分论坛' }) title: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2026-12-01T14:00:00+08:00' }) startsAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) endsAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) room: string | null;
  @ApiProperty({ enum: SEAT_STATUSES }) status: SeatStatus;
  @ApiPropertyOptional({ nullable: true, type: Number, description: '1 = next to get a seat; null unless waitlisted' }) waitlistPosition: number | null;
}

export class RegistrationLinksDto {
  @ApiProperty({ description: 'The registration itself: send the owner token (Authorization: Bearer or ?token=) to read, change or cancel it' }) self: string;
  @ApiProperty({ description: 'Personal calendar to subscribe to, with a read-only token in it (it can show, never change or cancel); no-store' }) calendar: string;
  @ApiProperty({ description: 'The ticket PDF, with the same read-only token; no-store' }) ticket: string;
}

/** A registration as its owner (with the token) and organizers see it. */
export class RegistrationDto {
  @ApiProperty({ example: '7KQ4M-XR2PA' }) code: string;
  @ApiProperty() editionId: number;
  @ApiProperty({ example: 'integrity-2026' }) editionSlug: string;
  @ApiProperty({ enum: REGISTRATION_STATUSES, description: 'pending when the edition requires approval; unconfirmed while it waits for the attendee to follow the link mailed to them (editions that confirm by e-mail)' }) status: RegistrationStatus;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '138 0013 8000', description: 'As the attendee wrote it' }) phone: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) organization: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) title: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) checkedInAt: string | null;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'default-1', description: 'The privacy notice version consented to (null: registered before consent was asked)' })
  privacyNoticeVersion: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'When the person consented to it' })
  privacyConsentedAt: string | null;
  @ApiProperty({ type: [SeatDto] }) sessions: SeatDto[];
  @ApiProperty({ type: RegistrationLinksDto }) links: RegistrationLinksDto;
}

/** The answer to a new registration: the only time the token is handed out unasked. */
export class RegistrationCreatedDto extends RegistrationDto {
  @ApiProperty({ description: 'Secret: send as Authorization: Bearer <token> or ?token= to see, change or cancel the registration' })
  token: string;
}

/**
 * The answer to every registration request for an edition that confirms by e-mail (202), for a
 * new address and a registered one alike: no code, no token; the mailbox gets the rest.
 */
export class RegistrationAwaitingDto {
  @ApiProperty({ enum: ['unconfirmed'] }) status: 'unconfirmed';
  @ApiProperty({ example: '请查收邮件：我们已向该邮箱发送一封邮件，请按邮件中的说明确认报名（也请看看垃圾邮件）。未在时限内确认的报名将自动取消。' }) message: string;
}

/** A proof-of-work challenge for one registration (see RegisterRequest.proof). */
export class RegistrationChallengeDto {
  @ApiProperty({ description: 'Opaque and signed; the proof is "<challenge>.<nonce>"' }) challenge: string;
  @ApiProperty({ example: 18, description: 'Leading zero bits SHA-256 of the proof must have' }) bits: number;
  @ApiProperty({ description: 'The proof must be sent before this instant' }) expiresAt: string;
}
