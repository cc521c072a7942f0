import { Column, Entity, ForeignKey, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UpdatedAtColumn } from '../../common/entity-columns';
import type { CredentialTier } from './credential-tier.entity';

/**
 * A registration's credential: its tier (null: the edition's default tier) and the generation of
 * its printed code. Reprinting a badge raises the generation, so the code on the lost badge no
 * longer admits anyone. Absent until first needed: a registration without a row holds the default
 * tier at generation 1.
 */
@Entity('credential')
// The constraint keeps the name the one-to-one relation gave it when the table was made.
@Unique('REL_d18fe75234bef73ab6eca8a20f', ['registrationId'])
export class Credential {
  @PrimaryGeneratedColumn()
  id: number;

  /** One per registration (the unique constraint above). */
  @ForeignKey('Registration', { onDelete: 'RESTRICT' })
  @Column({ name: 'registration_id', type: 'int' })
  registrationId: number;

  @Column({ name: 'tier_id', type: 'int', nullable: true })
  tierId: number | null;

  @ManyToOne('CredentialTier', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tier_id' })
  tier: CredentialTier | null;

  @Column({ type: 'int', default: 1 })
  generation: number;

  @UpdatedAtColumn()
  updatedAt: Date;
}
