import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MEMBERSHIP_TIERS, MembershipTier, ORGANIZATION_RELATIONS, OrganizationRelationKind } from '../organization-role';
import type { Organization } from './organization.entity';

/**
 * One organization's standing towards another (浙江省网络文化协会 is a 常务理事单位 of the
 * federation; 百度 is a founder of the integrity alliance), with the sentence that says so.
 */
@Entity('organization_relation')
@Index('UQ_organization_relation', ['organizationId', 'relatedId', 'relation'], { unique: true })
export class OrganizationRelation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'organization_id', type: 'int' })
  organizationId: number;

  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization: Organization;

  @Column({ type: 'simple-enum', enum: ORGANIZATION_RELATIONS })
  relation: OrganizationRelationKind;

  /** The federation, the alliance, the parent body or the supervising authority. */
  @Column({ name: 'related_id', type: 'int' })
  relatedId: number;

  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'related_id' })
  related: Organization;

  /** For `member_of`: the tier the document gives. */
  @Column({ type: 'simple-enum', enum: MEMBERSHIP_TIERS, nullable: true })
  tier: MembershipTier | null;

  /** Since when, a local date, when the document says. */
  @Column({ type: 'date', nullable: true })
  since: string | null;

  /** Citations as in organization.source. */
  @Column({ type: 'text', nullable: true })
  source: string | null;
}
