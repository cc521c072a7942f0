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

  /**
   * A new Chinese name the organization's partner asked for: shown to the public only once an
   * organizer approves it, so a partner cannot pose as another body under a look-alike name.
   */
  @Column({ name: 'pending_name', type: 'varchar', length: 200, nullable: true })
  pendingName: string | null;

  @Column({ name: 'pending_name_since', type: 'datetime', nullable: true })
  pendingNameSince: Date | null;

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

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  /**
   * Whom co-hosts may contact. Private: shown to another organization only when shareContact
   * is set, and never to the public.
   */
  @Column({ name: 'contact_name', type: 'varchar', length: 100, nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_email', type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 32, nullable: true })
  contactPhone: string | null;

  @Column({ name: 'share_contact', type: 'boolean', default: false })
  shareContact: boolean;

  /** Stored logo file name under UPLOAD_DIR/logos (content-addressed), and its type. */
  @Column({ name: 'logo_file', type: 'varchar', length: 100, nullable: true })
  logoFile: string | null;

  @Column({ name: 'logo_content_type', type: 'varchar', length: 50, nullable: true })
  logoContentType: string | null;

  /** When the body was founded (成立), a local date, when a document says so. */
  @Column({ name: 'founded_on', type: 'date', nullable: true })
  foundedOn: string | null;

  /** Where it was founded, as the document writes it (北京). */
  @Column({ name: 'founded_in_zh', type: 'varchar', length: 100, nullable: true })
  foundedInZh: string | null;

  /**
   * Where the facts come from: one citation a line, `<document file>: <sentence as the document
   * has it>` (see src/common/provenance.ts); null for bodies organizers created.
   */
  @Column({ type: 'text', nullable: true })
  source: string | null;

  /** Fields whose values no document gives and the organizer added (e.g. `nameEn`, a translation). */
  @Column({ name: 'organizer_added', type: 'simple-json', nullable: true })
  organizerAdded: string[] | null;

  @OneToMany('OrganizationAlias', (alias: OrganizationAlias) => alias.organization)
  aliases: OrganizationAlias[];

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
