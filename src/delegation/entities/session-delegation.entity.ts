import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An organizer's permission for the body hosting a sub-forum to propose its speakers, guests and
 * description. Proposals are still reviewed one by one: delegation lets them be made, not applied.
 */
@Entity('session_delegation')
@Index('UQ_session_delegation', ['sessionId', 'organizationId'], { unique: true })
export class SessionDelegation {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Session', { onDelete: 'RESTRICT' })
  @Column({ name: 'session_id', type: 'int' })
  sessionId: number;

  @ForeignKey('Organization', { onDelete: 'RESTRICT' })
  @Column({ name: 'organization_id', type: 'int' })
  organizationId: number;

  @Column({ name: 'allowed_by_id', type: 'int', nullable: true })
  allowedById: number | null;

  @Column({ name: 'allowed_at', type: 'datetime' })
  allowedAt: Date;
}
