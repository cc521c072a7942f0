import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../common/entity-columns';

/**
 * A kind of credential (证件) of one edition — 嘉宾证, 代表证, 媒体证, 工作证 — with the colour its
 * badge band is printed in and what it admits: some sessions, or all of them; some zones, or all.
 * One tier per edition is the default: a registration nobody assigned holds it.
 */
@Entity('credential_tier')
@Index('UQ_credential_tier_name', ['editionId', 'name'], { unique: true })
export class CredentialTier {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Edition', { onDelete: 'RESTRICT' })
  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  @Column({ type: 'varchar', length: 40 })
  name: string;

  @Column({ name: 'name_en', type: 'varchar', length: 60, nullable: true })
  nameEn: string | null;

  /** #rrggbb. */
  @Column({ type: 'varchar', length: 7 })
  color: string;

  /** The sessions it admits to; null: every session of the edition. */
  @Column({ name: 'session_ids', type: 'simple-json', nullable: true })
  sessionIds: number[] | null;

  /** The zones (a gate's area: 主会场, 贵宾室, 媒体区…) it admits to; null: every zone. */
  @Column({ type: 'simple-json', nullable: true })
  zones: string[] | null;

  @Column({ name: 'is_default', type: 'boolean', default: false })
  isDefault: boolean;

  /** Order in lists and on the badge sheets. */
  @Column({ type: 'int', default: 0 })
  position: number;

  @CreatedAtColumn()
  createdAt: Date;
}
