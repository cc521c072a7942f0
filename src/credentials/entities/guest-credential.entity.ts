import { Column, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UpdatedAtColumn } from '../../common/entity-columns';
import type { Guest } from '../../guests/entities/guest.entity';

/**
 * The printing of an invited guest's badge (the guest's tier comes from the guest's category).
 * Reprinting raises the generation, so the code on the lost badge no longer admits anyone.
 * Absent until the first reprint: a guest without a row holds generation 1.
 */
@Entity('guest_credential')
export class GuestCredential {
  @PrimaryGeneratedColumn()
  id: number;

  /** One per guest: the one-to-one relation's unique index. */
  @Column({ name: 'guest_id', type: 'int' })
  guestId: number;

  @OneToOne('Guest', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'guest_id' })
  guest: Guest;

  @Column({ type: 'int', default: 1 })
  generation: number;

  @UpdatedAtColumn()
  updatedAt: Date;
}
