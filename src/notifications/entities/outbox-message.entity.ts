import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../common/entity-columns';
import { NotificationKind, OUTBOX_STATUSES, OutboxStatus } from '../notification-kind';

/**
 * A message to send, written in the same transaction as the change it announces, so nothing is
 * announced that did not happen and nothing that happened goes unannounced. The sender renders
 * and delivers it later, with retries; `dedupeKey` makes enqueuing the same announcement twice a no-op.
 */
@Entity('outbox_message')
@Index('IDX_outbox_due', ['status', 'nextAttemptAt'])
export class OutboxMessage {
  @PrimaryGeneratedColumn()
  id: number;

  /**
   * One of NOTIFICATION_KINDS, kept as plain text rather than an enum: a new kind of message is a
   * template and a line of code, not a table rebuild (SQLite can only change a CHECK by copying the table).
   */
  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  /** e.g. `confirmation:42`, `reminder:42:2026-12-01`. */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 150, unique: true })
  dedupeKey: string;

  @Column({ name: 'registration_id', type: 'int', nullable: true })
  registrationId: number | null;

  /** Which channel carries it (`email` for now); a row for a channel this server lacks fails, with the reason. */
  @Column({ type: 'varchar', length: 20 })
  channel: string;

  /** The recipient's address on that channel: an e-mail address, later a phone number. */
  @Column({ type: 'varchar', length: 254 })
  address: string;

  @Column({ type: 'varchar', length: 8 })
  language: string;

  /** Rendered when sent, by the template of this key, from `params`. */
  @Column({ type: 'varchar', length: 50 })
  template: string;

  /** The template's parameters, as JSON. */
  @Column({ type: 'simple-json' })
  params: object;

  @Column({ type: 'simple-enum', enum: OUTBOX_STATUSES, default: 'pending' })
  status: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'datetime' })
  nextAttemptAt: Date;

  /** Which process holds a `sending` message, and until when: a crashed sender's claim expires. */
  @Column({ name: 'claimed_by', type: 'varchar', length: 100, nullable: true })
  claimedBy: string | null;

  @Column({ name: 'claimed_until', type: 'datetime', nullable: true })
  claimedUntil: Date | null;

  @Column({ name: 'sent_at', type: 'datetime', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
