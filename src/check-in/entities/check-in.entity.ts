import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { CheckInGate } from './check-in-gate.entity';

/**
 * One scan of a ticket at a gate that reached the server, live or synced from an offline device:
 * never deleted, so no scan is lost. `admission` holds the kept admission's scope (`e` for the
 * edition, `s<id>` for a session) and is unique per registration: two gates, two devices or two
 * servers can never admit the same ticket twice into the same scope. A scan that came second —
 * by the time it was scanned, not the time it arrived — is a `duplicate` pointing at the first.
 * The ticket is a registration's or an invited guest's (exactly one of the two ids is set); each
 * has its own unique admission key (both engines let NULLs repeat in a unique index).
 */
@Entity('check_in')
@Index('UQ_check_in_admission', ['registrationId', 'admission'], { unique: true })
@Index('UQ_check_in_guest_admission', ['guestId', 'admission'], { unique: true })
@Index('UQ_check_in_device_scan', ['deviceId', 'clientScanId'], { unique: true })
@Index('IDX_check_in_edition_scanned', ['editionId', 'scannedAt'])
export class CheckIn {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  @Column({ name: 'gate_id', type: 'int' })
  gateId: number;

  @ManyToOne('CheckInGate', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'gate_id' })
  gate: CheckInGate;

  /** Null for a guest's scan. */
  @ForeignKey('Registration', { onDelete: 'RESTRICT' })
  @Column({ name: 'registration_id', type: 'int', nullable: true })
  registrationId: number | null;

  /** The invited guest (嘉宾) whose badge was scanned; null for a registration's. A guest the organizers delete takes their scans along. */
  @ForeignKey('Guest', { onDelete: 'CASCADE' })
  @Column({ name: 'guest_id', type: 'int', nullable: true })
  guestId: number | null;

  /** The session it admitted to; null: the edition as a whole. */
  @Column({ name: 'session_id', type: 'int', nullable: true })
  sessionId: number | null;

  /** The scope it holds while it is the kept admission; null for duplicates. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  admission: string | null;

  @Column({ type: 'varchar', length: 16 })
  outcome: 'admitted' | 'duplicate';

  /** The kept admission a duplicate lost to. */
  @Column({ name: 'first_check_in_id', type: 'int', nullable: true })
  firstCheckInId: number | null;

  /** When the device scanned it (an offline device syncs later): what decides who was first. */
  @Column({ name: 'scanned_at', type: 'datetime', precision: 3 })
  scannedAt: Date;

  @Column({ name: 'received_at', type: 'datetime', precision: 3 })
  receivedAt: Date;

  /** Scanned without the network, let in by the device on its own judgement, and synced later. */
  @Column({ type: 'boolean', default: false })
  offline: boolean;

  /** The device's own name for itself and for the scan: a scan synced twice is stored once. */
  @Column({ name: 'device_id', type: 'varchar', length: 40 })
  deviceId: string;

  @Column({ name: 'client_scan_id', type: 'varchar', length: 40 })
  clientScanId: string;

  @Column({ name: 'staff_account_id', type: 'int', nullable: true })
  staffAccountId: number | null;

  /** Who scanned, as shown to the next staff member ("checked in by …"): the account's e-mail at the time. */
  @Column({ name: 'staff_name', type: 'varchar', length: 254, nullable: true })
  staffName: string | null;
}
