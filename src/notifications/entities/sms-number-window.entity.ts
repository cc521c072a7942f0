import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * How many text messages one phone number was sent in one window (an hour, a day): a counter that
 * a conditional UPDATE raises only below the cap, so that every server together never sends a
 * number more than its share. The key is a hash of the number, the window's length and its index.
 */
@Entity('sms_number_window')
@Index('IDX_sms_number_window_ends', ['endsAt'])
export class SmsNumberWindow {
  @PrimaryColumn({ name: 'subject_key', type: 'varchar', length: 64 })
  subjectKey: string;

  @Column({ type: 'int', default: 0 })
  hits: number;

  @Column({ name: 'ends_at', type: 'datetime' })
  endsAt: Date;
}
