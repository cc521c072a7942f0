import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../common/entity-columns';
import { DEPUTY_STATES, DeputyState, GUEST_CATEGORIES, GUEST_GENDERS, GUEST_REPLIES, GuestCategory, GuestGender, GuestReply } from '../guest-kinds';
import type { GuestRank } from './guest-rank.entity';

/**
 * A person the organizer invites to an edition (嘉宾), as opposed to someone who registers.
 * One per phone and one per e-mail in an edition: an import matches on them, so importing the
 * same list twice changes nothing. Personal data is anonymised with the attendees' (PIPL).
 */
@Entity('guest')
@Index('UQ_guest_edition_phone', ['editionId', 'phone'], { unique: true })
@Index('UQ_guest_edition_email', ['editionId', 'email'], { unique: true })
export class Guest {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Edition', { onDelete: 'RESTRICT' })
  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  /** What the guest types from the invitation to reach the reply page (the link carries a token too). */
  @Column({ type: 'varchar', length: 16, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organization: string | null;

  /** 职务 */
  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ name: 'rank_id', type: 'int', nullable: true })
  rankId: number | null;

  @ManyToOne('GuestRank', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'rank_id' })
  rank: GuestRank | null;

  /** Normalised (+86…); at least one of phone and e-mail is given. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  /** Lower-cased. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'simple-enum', enum: GUEST_GENDERS, nullable: true })
  gender: GuestGender | null;

  @Column({ type: 'simple-enum', enum: GUEST_CATEGORIES, default: 'guest' })
  category: GuestCategory;

  @Column({ type: 'simple-enum', enum: GUEST_REPLIES, default: 'pending' })
  reply: GuestReply;

  @Column({ name: 'replied_at', type: 'datetime', nullable: true })
  repliedAt: Date | null;

  @Column({ name: 'deputy_state', type: 'simple-enum', enum: DEPUTY_STATES, default: 'none' })
  deputyState: DeputyState;

  @Column({ name: 'deputy_name', type: 'varchar', length: 100, nullable: true })
  deputyName: string | null;

  @Column({ name: 'deputy_title', type: 'varchar', length: 200, nullable: true })
  deputyTitle: string | null;

  @Column({ name: 'deputy_phone', type: 'varchar', length: 32, nullable: true })
  deputyPhone: string | null;

  /** Whether the guest needs a hotel room (a local guest may not). */
  @Column({ name: 'needs_room', type: 'boolean', default: true })
  needsRoom: boolean;

  @Column({ name: 'invited_at', type: 'datetime', nullable: true })
  invitedAt: Date | null;

  @Column({ name: 'reminded_at', type: 'datetime', nullable: true })
  remindedAt: Date | null;

  @Column({ name: 'anonymized_at', type: 'datetime', nullable: true })
  anonymizedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
