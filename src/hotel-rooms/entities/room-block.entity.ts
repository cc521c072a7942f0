import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Hotel } from './hotel.entity';

/**
 * Rooms of one type held at a hotel (a room block): how many, for which nights, at what price
 * band, how many people a room takes, and whether guests may share (拼房), across genders or not.
 * Blocks are offered to guests in `priority` order (1 first): the highest ranks get the first.
 */
@Entity('room_block')
export class RoomBlock {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'hotel_id', type: 'int' })
  hotelId: number;

  @ManyToOne('Hotel', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'hotel_id' })
  hotel: Hotel;

  /** 大床房, 双床房, 套房… */
  @Column({ name: 'room_type', type: 'varchar', length: 50 })
  roomType: string;

  @Column({ name: 'room_count', type: 'int' })
  roomCount: number;

  /** People one room sleeps (1 to 4); more than one only counts when sharing is allowed. */
  @Column({ type: 'int' })
  beds: number;

  /** The first night (YYYY-MM-DD, the hotel's calendar) and how many nights. */
  @Column({ name: 'first_night', type: 'date' })
  firstNight: string;

  @Column({ type: 'int' })
  nights: number;

  /** As the contract says it: 「600–800元/晚」. */
  @Column({ name: 'price_band', type: 'varchar', length: 50, nullable: true })
  priceBand: string | null;

  @Column({ name: 'sharing_allowed', type: 'boolean', default: false })
  sharingAllowed: boolean;

  @Column({ name: 'mixed_gender_allowed', type: 'boolean', default: false })
  mixedGenderAllowed: boolean;

  @Column({ type: 'int', default: 1 })
  priority: number;

  /**
   * The organizer's rule for rank: guests of this rank (级别) or a higher one get a room to
   * themselves in this block even where sharing is allowed. Null: no such rule. A rank deleted
   * since matches nobody (no key: ranks are the guests module's).
   */
  @Column({ name: 'alone_up_to_rank_id', type: 'int', nullable: true })
  aloneUpToRankId: number | null;
}
