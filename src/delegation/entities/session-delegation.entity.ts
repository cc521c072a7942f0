import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Organization } from '../../organizations/entities/organization.entity';
import type { Session } from '../../sessions/entities/session.entity';

/**
 * An organizer's permission for the body hosting a sub-forum to propose its speakers, guests and
 * description. Proposals are still reviewed one by one: delegation lets them be made, not applied.
 */
@Entity('session_delegation')
@Index('UQ_session_delegation', ['sessionId', 'organizationId'], { unique: true })
export class SessionDelegation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'session_id', type: 'int' })
  sessionId: number;

  @ManyToOne('Session', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session: Session;

  @Column({ name: 'organization_id', type: 'int' })
  organizationId: number;

  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization: Organization;

  @Column({ name: 'allowed_by_id', type: 'int', nullable: true })
  allowedById: number | null;

  @Column({ name: 'allowed_at', type: 'datetime' })
  allowedAt: Date;
}
