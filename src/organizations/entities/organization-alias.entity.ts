import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Organization } from './organization.entity';

/**
 * Another name the same body is known by (国家网信办 for 国家互联网信息办公室). Unique across
 * the table, so one name can never point at two organizations.
 */
@Entity('organization_alias')
export class OrganizationAlias {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'organization_id', type: 'int' })
  organizationId: number;

  /** An alias is part of its organization: it goes when the organization goes. */
  @ManyToOne('Organization', (organization: Organization) => organization.aliases, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'organization_id' })
  organization: Organization;

  @Column({ type: 'varchar', length: 200, unique: true })
  name: string;
}
