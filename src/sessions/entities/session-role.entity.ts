import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ORGANIZATION_ROLES, OrganizationRole } from '../../organizations/organization-role';
import { Session } from './session.entity';

/**
 * An organization's role in one session: a sub-forum is often hosted (主办) by bodies that
 * are not the edition's hosts.
 */
@Entity('session_role')
@Index('UQ_session_role', ['sessionId', 'organizationId', 'role'], { unique: true })
export class SessionRole {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'session_id', type: 'int' })
  sessionId: number;

  @ManyToOne(() => Session, (session) => session.roles, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session: Session;

  @ForeignKey('Organization', { onDelete: 'RESTRICT' })
  @Column({ name: 'organization_id', type: 'int' })
  organizationId: number;

  @Column({ type: 'simple-enum', enum: ORGANIZATION_ROLES, default: 'host' })
  role: OrganizationRole;

  /**
   * The name as this edition's own materials print it (国家网信办 in 2019, 国家互联网信息办公室
   * in 2018): protocol follows the organizers' wording, while the row still points at one body.
   * Null prints the organization's name.
   */
  @Column({ name: 'printed_name', type: 'varchar', length: 200, nullable: true })
  printedName: string | null;

  @Column({ name: 'display_order', type: 'int', default: 0 })
  displayOrder: number;
}
