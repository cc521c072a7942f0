import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Version N of an edition's program, frozen when the organizer published it. */
@Entity('program_release')
@Index('UQ_program_release_version', ['editionId', 'version'], { unique: true })
export class ProgramRelease {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Edition', { onDelete: 'RESTRICT' })
  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  /** 1, 2, … per edition. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'published_at', type: 'datetime' })
  publishedAt: Date;

  @Column({ name: 'published_by_id', type: 'int', nullable: true })
  publishedById: number | null;

  @Column({ name: 'published_by_email', type: 'varchar', length: 254, nullable: true })
  publishedByEmail: string | null;
}
