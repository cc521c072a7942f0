import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../common/entity-columns';
import { REGISTRATION_STATUSES, RegistrationStatus } from '../registration-status';

/**
 * One person's registration for one edition. Personal data (name, email, phone, organization,
 * title) is shown only to its owner and to organizers, and anonymised after the edition.
 */
@Entity('registration')
@Index('UQ_registration_email', ['editionId', 'email'], { unique: true })
@Index('UQ_registration_idempotency', ['editionId', 'idempotencyKey'], { unique: true })
export class Registration {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Edition', { onDelete: 'RESTRICT' })
  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  /** Short, printable, unguessable: what the attendee reads out at the desk and the QR encodes. */
  @Column({ type: 'varchar', length: 16, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Lower-cased; one registration per email per edition. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organization: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ type: 'simple-enum', enum: REGISTRATION_STATUSES })
  status: RegistrationStatus;

  /** The client's Idempotency-Key of the POST that created it: a retry gets the same answer. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 100, nullable: true })
  idempotencyKey: string | null;

  /**
   * The version of the edition's privacy notice the person consented to, and when (PIPL): kept
   * after the personal data is anonymised. Null only for registrations made before consent was asked.
   */
  @Column({ name: 'privacy_notice_version', type: 'varchar', length: 40, nullable: true })
  privacyNoticeVersion: string | null;

  @Column({ name: 'privacy_consented_at', type: 'datetime', nullable: true })
  privacyConsentedAt: Date | null;

  /** Until when an `unconfirmed` registration may be confirmed by its mailed link; null for every other. */
  @Column({ name: 'confirm_by', type: 'datetime', nullable: true })
  confirmBy: Date | null;

  @Column({ name: 'checked_in_at', type: 'datetime', nullable: true })
  checkedInAt: Date | null;

  @Column({ name: 'anonymized_at', type: 'datetime', nullable: true })
  anonymizedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
