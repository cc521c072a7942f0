import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../common/entity-columns';
import type { Edition } from '../../editions/entities/edition.entity';

/** 品牌活动: a recurring conference series, e.g. 中国网络诚信大会. */
@Entity('brand')
export class Brand {
  @PrimaryGeneratedColumn()
  id: number;

  /** URL name, e.g. `integrity`; also the first part of every edition slug. */
  @Column({ type: 'varchar', length: 64, unique: true })
  slug: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 200 })
  nameZh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200, nullable: true })
  nameEn: string | null;

  @Column({ name: 'description_zh', type: 'text', nullable: true })
  descriptionZh: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  @OneToMany('Edition', (edition: Edition) => edition.brand)
  editions: Edition[];

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
