import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * How many registrations one subject (an address, an edition, a recipient mailbox, a solved
 * challenge) has made in one time window. Kept in the database, not in a process, so that every
 * server behind it counts the same requests; a row counts one window only (the window is part of
 * its key), so a count is never reset in place and two servers cannot both pass the last place.
 */
@Entity('registration_throttle')
@Index('IDX_registration_throttle_ends', ['endsAt'])
export class RegistrationThrottle {
  /** A hash of the subject's kind, its value and its window: no address or e-mail kept in clear. */
  @PrimaryColumn({ name: 'subject_key', type: 'varchar', length: 64 })
  subjectKey: string;

  /** Requests counted in the window so far; never above `cap`. */
  @Column({ type: 'int', default: 0 })
  hits: number;

  /** How many the window allows, as configured when its first request came. */
  @Column({ type: 'int' })
  cap: number;

  /**
   * The last request counted here: when some window of a request is full, this tells the windows
   * that counted it from those that refused it (a window that this request filled looks full too).
   */
  @Column({ name: 'counted_by', type: 'varchar', length: 24, nullable: true })
  countedBy: string | null;

  /** When the window ends: the Retry-After of a refusal, and when the row may be forgotten. */
  @Column({ name: 'ends_at', type: 'datetime' })
  endsAt: Date;
}
