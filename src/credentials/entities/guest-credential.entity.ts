import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UpdatedAtColumn } from '../../common/entity-columns';

/**
 * The printing of an invited guest's badge (the guest's tier comes from the guest's category).
 * Reprinting raises the generation, so the code on the lost badge no longer admits anyone.
 * Absent until the first reprint: a guest without a row holds generation 1.
 */
@Entity('guest_credential')
// The constraint keeps the name the one-to-one relation gave it when the table was made.
@Unique('REL_4924868e3012dc27a0b7162465', ['guestId'])
export class GuestCredential {
  @PrimaryGeneratedColumn()
  id: number;

  /** One per guest (the unique constraint above). */
  @ForeignKey('Guest', { onDelete: 'CASCADE' })
  @Column({ name: 'guest_id', type: 'int' })
  guestId: number;

  @Column({ type: 'int', default: 1 })
  generation: number;

  @UpdatedAtColumn()
  updatedAt: Date;
}
