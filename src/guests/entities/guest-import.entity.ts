import { Column, Entity, ForeignKey, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../common/entity-columns';

/**
 * A guest list file read and checked but not imported yet: the organizer looks at the preview
 * (what it would add and change, and each bad row) and confirms; only then are guests written.
 */
@Entity('guest_import')
export class GuestImport {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Edition', { onDelete: 'CASCADE' })
  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  /** SHA-256 of the file's bytes, shown so the organizer knows which file the preview is of. */
  @Column({ type: 'varchar', length: 64 })
  digest: string;

  @Column({ name: 'row_count', type: 'int' })
  rowCount: number;

  @Column({ name: 'error_count', type: 'int' })
  errorCount: number;

  @Column({ name: 'confirmed_at', type: 'datetime', nullable: true })
  confirmedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
