import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ORGANIZATION_ROLES, OrganizationRole } from '../../organizations/organization-role';
import type { Edition } from './edition.entity';

/** An organization's role in one edition (主办, 承办…), with its place in the printed order. */
@Entity('edition_role')
@Index('UQ_edition_role', ['editionId', 'organizationId', 'role'], { unique: true })
export class EditionRole {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  @ManyToOne('Edition', (edition: Edition) => edition.roles, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id' })
  edition: Edition;

  @ForeignKey('Organization', { onDelete: 'RESTRICT' })
  @Column({ name: 'organization_id', type: 'int' })
  organizationId: number;

  @Column({ type: 'simple-enum', enum: ORGANIZATION_ROLES })
  role: OrganizationRole;

  /**
   * The name as this edition's own materials print it (国家网信办 in 2019, 国家互联网信息办公室
   * in 2018): protocol follows the organizers' wording, while the row still points at one body.
   * Null prints the organization's name.
   */
  @Column({ name: 'printed_name', type: 'varchar', length: 200, nullable: true })
  printedName: string | null;

  /** Position within the role, as the organizers print it (order matters in Chinese protocol). */
  @Column({ name: 'display_order', type: 'int', default: 0 })
  displayOrder: number;

  /** For sponsors: e.g. 战略合作伙伴, 金牌, 银牌. */
  @Column({ name: 'sponsor_tier', type: 'varchar', length: 64, nullable: true })
  sponsorTier: string | null;
}
