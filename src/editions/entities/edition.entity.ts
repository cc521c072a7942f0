import { Column, Entity, ForeignKey, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../common/entity-columns';
import { EDITION_STATUSES, EditionStatus, RegistrationConfirmation } from '../edition-status';
import type { EditionRole } from './edition-role.entity';

/** 届: one year's conference of a brand. Dates are calendar days in the edition's own time zone. */
@Entity('edition')
@Index('UQ_edition_brand_year', ['brandId', 'year'], { unique: true })
export class Edition {
  @PrimaryGeneratedColumn()
  id: number;

  /** `{brand}-{year}`, e.g. `integrity-2019`. */
  @Column({ type: 'varchar', length: 80, unique: true })
  slug: string;

  @ForeignKey('Brand', { onDelete: 'RESTRICT' })
  @Column({ name: 'brand_id', type: 'int' })
  brandId: number;

  @Column({ type: 'int' })
  year: number;

  /** 首届 = 1; null when the edition is known by its year only. */
  @Column({ type: 'int', nullable: true })
  ordinal: number | null;

  @Column({ name: 'title_zh', type: 'varchar', length: 200 })
  titleZh: string;

  @Column({ name: 'title_en', type: 'varchar', length: 200, nullable: true })
  titleEn: string | null;

  @Column({ name: 'theme_zh', type: 'varchar', length: 300, nullable: true })
  themeZh: string | null;

  @Column({ name: 'theme_en', type: 'varchar', length: 300, nullable: true })
  themeEn: string | null;

  @Column({ name: 'description_zh', type: 'text', nullable: true })
  descriptionZh: string | null;

  /**
   * YYYY-MM-DD in `timeZone`. Kept as a date, not an instant: a conference day is a local day.
   * Both null while the dates are still to be announced (日期待定): the year and city may be
   * known before the days are (the 2025 civilization conference in Hefei).
   */
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  /** IANA zone the edition is held in; sessions are entered and shown in it. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, default: 'Asia/Shanghai' })
  timeZone: string;

  @Column({ name: 'city_zh', type: 'varchar', length: 100, nullable: true })
  cityZh: string | null;

  @Column({ name: 'city_en', type: 'varchar', length: 100, nullable: true })
  cityEn: string | null;

  /** The province (省级行政区) of the city, as the reference list names it (陕西省, 北京市). */
  @Column({ name: 'province_zh', type: 'varchar', length: 50, nullable: true })
  provinceZh: string | null;

  @Column({ name: 'venue_zh', type: 'varchar', length: 200, nullable: true })
  venueZh: string | null;

  @Column({ name: 'venue_en', type: 'varchar', length: 200, nullable: true })
  venueEn: string | null;

  @Column({ type: 'simple-enum', enum: EDITION_STATUSES, default: 'draft' })
  status: EditionStatus;

  /** Registration is open between these instants; null on either side leaves that side open. */
  @Column({ name: 'registration_opens_at', type: 'datetime', nullable: true })
  registrationOpensAt: Date | null;

  @Column({ name: 'registration_closes_at', type: 'datetime', nullable: true })
  registrationClosesAt: Date | null;

  /** When set, new registrations are `pending` until an organizer approves them. */
  @Column({ name: 'requires_approval', type: 'boolean', default: false })
  requiresApproval: boolean;

  /**
   * 'email': a new registration holds its seats as `unconfirmed` until the attendee follows the
   * link mailed to them, within confirmationWindowMinutes (bots with throw-away addresses cannot
   * keep seats), and every registration request gets the same answer, details by mail only.
   */
  @Column({ name: 'registration_confirmation', type: 'varchar', length: 8, default: 'none' })
  registrationConfirmation: RegistrationConfirmation;

  @Column({ name: 'confirmation_window_minutes', type: 'int', default: 30 })
  confirmationWindowMinutes: number;

  /** Attendees the whole edition can take (the venue's limit); null for no limit beyond the sessions'. */
  @Column({ name: 'registration_capacity', type: 'int', nullable: true })
  registrationCapacity: number | null;

  /** Registrations holding a place against registrationCapacity; kept by atomic updates only. */
  @Column({ name: 'registered_count', type: 'int', default: 0 })
  registeredCount: number;

  /** When attendees' personal data was anonymised after the edition (PIPL: kept no longer than needed). */
  @Column({ name: 'personal_data_purged_at', type: 'datetime', nullable: true })
  personalDataPurgedAt: Date | null;

  /**
   * 个人信息处理告知 as the organizer set it: attendees consent to this version before they
   * register. All null until set; the default notice (privacy-notice.ts) applies meanwhile.
   */
  @Column({ name: 'privacy_notice_version', type: 'varchar', length: 40, nullable: true })
  privacyNoticeVersion: string | null;

  @Column({ name: 'privacy_notice_zh', type: 'text', nullable: true })
  privacyNoticeZh: string | null;

  @Column({ name: 'privacy_notice_en', type: 'text', nullable: true })
  privacyNoticeEn: string | null;

  @Column({ name: 'privacy_notice_updated_at', type: 'datetime', nullable: true })
  privacyNoticeUpdatedAt: Date | null;

  /** Where the facts come from (a seed document and its sentence), so they can be checked. */
  @Column({ type: 'text', nullable: true })
  source: string | null;

  /** Fields whose values no document gives and the organizer added (e.g. `year` of an edition known by its ordinal). */
  @Column({ name: 'organizer_added', type: 'simple-json', nullable: true })
  organizerAdded: string[] | null;

  @OneToMany('EditionRole', (role: EditionRole) => role.edition)
  roles: EditionRole[];

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
