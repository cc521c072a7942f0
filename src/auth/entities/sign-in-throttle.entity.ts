import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { UpdatedAtColumn } from '../../common/entity-columns';

/**
 * What sign-in attempts have cost one subject: an (account, address) pair, an account, or an
 * address. Kept in the database, not in a process, so every server behind the same database
 * counts the same guesses; and a verification is reserved here before it starts, so parallel
 * guesses cannot all be checked before the first failure is counted.
 */
@Entity('sign_in_throttle')
@Index('IDX_sign_in_throttle_updated', ['updatedAt'])
export class SignInThrottle {
  /** A hash of the subject (`pair`, `account` or `address` and its values): no e-mail or address kept in clear. */
  @PrimaryColumn({ name: 'subject_key', type: 'varchar', length: 64 })
  subjectKey: string;

  /** Failures since the last success (or since the streak was forgotten). */
  @Column({ type: 'int', default: 0 })
  failures: number;

  /** No attempt is verified before this instant. */
  @Column({ name: 'blocked_until', type: 'datetime', nullable: true })
  blockedUntil: Date | null;

  /** Set while one attempt's password is being verified; others wait (429) instead of guessing alongside. */
  @Column({ name: 'reserved_by', type: 'varchar', length: 32, nullable: true })
  reservedBy: string | null;

  /** A reservation whose holder died frees itself at this instant. */
  @Column({ name: 'reserved_until', type: 'datetime', nullable: true })
  reservedUntil: Date | null;

  /** For a pair: the account has signed in from this address before, so the account-wide and address-wide delays spare it. */
  @Column({ name: 'known_address', type: 'boolean', default: false })
  knownAddress: boolean;

  @Column({ name: 'last_failure_at', type: 'datetime', nullable: true })
  lastFailureAt: Date | null;

  @UpdatedAtColumn()
  updatedAt: Date;
}
