import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UpdatedAtColumn } from '../../common/entity-columns';
import type { Registration } from '../../registrations/entities/registration.entity';
import type { CredentialTier } from './credential-tier.entity';

/**
 * A registration's credential: its tier (null: the edition's default tier) and the generation of
 * its printed code. Reprinting a badge raises the generation, so the code on the lost badge no
 * longer admits anyone. Absent until first needed: a registration without a row holds the default
 * tier at generation 1.
 */
@Entity('credential')
export class Credential {
  @PrimaryGeneratedColumn()
  id: number;

  /** One per registration: the one-to-one relation's unique index. */
  @Column({ name: 'registration_id', type: 'int' })
  registrationId: number;

  @OneToOne('Registration', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'registration_id' })
  registration: Registration;

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
