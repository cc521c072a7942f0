import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One write by an account: who, what, when, and the record before and after. Plain columns
 * without foreign keys on purpose: the trail must outlive what it describes.
 */
@Entity('audit_entry')
@Index('IDX_audit_edition', ['editionId', 'id'])
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'datetime' })
  at: Date;

  @Column({ name: 'account_id', type: 'int', nullable: true })
  accountId: number | null;

  @Column({ name: 'account_email', type: 'varchar', length: 254, nullable: true })
  accountEmail: string | null;

  /** create, update, delete, merge, publish, clone… */
  @Column({ type: 'varchar', length: 32 })
  action: string;

  /** The table written, e.g. `session`. */
  @Column({ name: 'entity_type', type: 'varchar', length: 64 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'int', nullable: true })
  entityId: number | null;

  /** The edition the write belongs to, when there is one, so an edition's history can be listed. */
  @Column({ name: 'edition_id', type: 'int', nullable: true })
  editionId: number | null;

  @Column({ type: 'simple-json', nullable: true })
  before: object | null;

  @Column({ type: 'simple-json', nullable: true })
  after: object | null;
}
