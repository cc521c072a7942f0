import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../common/entity-columns';
import { ORGANIZATION_KINDS, OrganizationKind } from '../organization-role';
import type { OrganizationAlias } from './organization-alias.entity';

/** A body that guides, hosts, organizes, co-organizes or sponsors editions and sessions. */
@Entity('organization')
export class Organization {
  @PrimaryGeneratedColumn()
  id: number;

  /** The full official Chinese name, e.g. 中国网络社会组织联合会. */
  @Column({ name: 'name_zh', type: 'varchar', length: 200, unique: true })
  nameZh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 300, nullable: true })
  nameEn: string | null;

  /** The usual short form, e.g. 中网联. */
  @Column({ name: 'short_name', type: 'varchar', length: 100, nullable: true })
  shortName: string | null;

  @Column({ type: 'simple-enum', enum: ORGANIZATION_KINDS, default: 'other' })
  kind: OrganizationKind;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Column({ name: 'description_zh', type: 'text', nullable: true })
  descriptionZh: string | null;

  @OneToMany('OrganizationAlias', (alias: OrganizationAlias) => alias.organization)
  aliases: OrganizationAlias[];

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
