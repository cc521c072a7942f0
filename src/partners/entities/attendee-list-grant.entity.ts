import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An organizer's permission for a hosting organization to see who registered for a session it
 * hosts (names, organizations and titles; never emails or phones). Without one, counts only.
 */
@Entity('attendee_list_grant')
@Index('UQ_attendee_list_grant', ['sessionId', 'organizationId'], { unique: true })
export class AttendeeListGrant {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Session', { onDelete: 'RESTRICT' })
  @Column({ name: 'session_id', type: 'int' })
  sessionId: number;

  @ForeignKey('Organization', { onDelete: 'RESTRICT' })
  @Column({ name: 'organization_id', type: 'int' })
  organizationId: number;

  @Column({ name: 'granted_by_id', type: 'int', nullable: true })
  grantedById: number | null;

  @Column({ name: 'granted_at', type: 'datetime' })
  grantedAt: Date;
}
