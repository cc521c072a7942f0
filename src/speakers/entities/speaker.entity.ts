import { Column, Entity, ForeignKey, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../common/entity-columns';

/** A person who speaks, moderates or is a guest; independent of editions so conflicts can be found across them. */
@Entity('speaker')
export class Speaker {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'name_zh', type: 'varchar', length: 100 })
  nameZh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200, nullable: true })
  nameEn: string | null;

  /** Job title, e.g. 秘书长. */
  @Column({ name: 'title_zh', type: 'varchar', length: 200, nullable: true })
  titleZh: string | null;

  @Column({ name: 'title_en', type: 'varchar', length: 200, nullable: true })
  titleEn: string | null;

  /** Affiliation as printed; `organization` links it when the body is known to Huiwu. */
  @Column({ name: 'affiliation_zh', type: 'varchar', length: 200, nullable: true })
  affiliationZh: string | null;

  @Column({ name: 'affiliation_en', type: 'varchar', length: 300, nullable: true })
  affiliationEn: string | null;

  @ForeignKey('Organization', { onDelete: 'RESTRICT' })
  @Column({ name: 'organization_id', type: 'int', nullable: true })
  organizationId: number | null;

  @Column({ name: 'bio_zh', type: 'text', nullable: true })
  bioZh: string | null;

  @Column({ name: 'bio_en', type: 'text', nullable: true })
  bioEn: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
