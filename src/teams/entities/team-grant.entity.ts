import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../common/entity-columns';
import { TEAM_ROLES, TeamRole } from '../team-role';

/**
 * An organizer account's role in a scope: everything (brand and edition empty), one brand, or
 * one edition. One role per account and scope (`scope_key`: `all`, `brand:3`, `edition:7`,
 * unique with the account, since a unique index over nullable columns lets NULLs repeat).
 */
@Entity('team_grant')
@Index('UQ_team_grant_scope', ['accountId', 'scopeKey'], { unique: true })
export class TeamGrant {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Account', { onDelete: 'CASCADE' })
  @Column({ name: 'account_id', type: 'int' })
  accountId: number;

  @Column({ type: 'simple-enum', enum: TEAM_ROLES })
  role: TeamRole;

  @ForeignKey('Brand', { onDelete: 'CASCADE' })
  @Column({ name: 'brand_id', type: 'int', nullable: true })
  brandId: number | null;

  @ForeignKey('Edition', { onDelete: 'CASCADE' })
  @Column({ name: 'edition_id', type: 'int', nullable: true })
  editionId: number | null;

  @Column({ name: 'scope_key', type: 'varchar', length: 32 })
  scopeKey: string;

  /** Who gave the role (null for the first organizer, made at start). */
  @Column({ name: 'granted_by', type: 'int', nullable: true })
  grantedBy: number | null;

  @CreatedAtColumn()
  createdAt: Date;
}
