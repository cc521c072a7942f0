import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Organization } from '../../organizations/entities/organization.entity';
import type { Session } from '../../sessions/entities/session.entity';

/**
 * An organizer's permission for a hosting organization to see who registered for a session it
 * hosts (names, organizations and titles; never emails or phones). Without one, counts only.
 */
@Entity('attendee_list_grant')
@Index('UQ_attendee_list_grant', ['sessionId', 'organizationId'], { unique: true })
export class AttendeeListGrant {
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

  @Column({ name: 'granted_by_id', type: 'int', nullable: true })
  grantedById: number | null;

  @Column({ name: 'granted_at', type: 'datetime' })
  grantedAt: Date;
}
