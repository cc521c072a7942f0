import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../common/entity-columns';
import { BRAND_RUNNERS, BrandRunner } from '../brand-runner';

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

  /**
   * 'federation': one of the federation's own brands (品牌活动); 'others': an event that other
   * bodies run and in which the federation hosts, organizes or co-organizes a forum or the event
   * (参与主办或承办的品牌活动).
   */
  @Column({ name: 'run_by', type: 'simple-enum', enum: BRAND_RUNNERS, default: 'federation' })
  runBy: BrandRunner;

  /** Citations, one a line: `<document file>: <sentence as the document has it>`. */
  @Column({ type: 'text', nullable: true })
  source: string | null;

  /** Fields whose values no document gives and the organizer added (e.g. `nameEn`). */
  @Column({ name: 'organizer_added', type: 'simple-json', nullable: true })
  organizerAdded: string[] | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
