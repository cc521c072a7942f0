import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { RoomBlock } from './room-block.entity';

/**
 * A guest's bed: room `roomNumber` (1 … the block's count) of a block, place `bed` (1 … its
 * beds). The unique (block, room, bed) makes the database itself refuse a second person in one
 * bed, so a room is never over capacity however many allocations run at once.
 */
@Entity('room_assignment')
@Index('UQ_room_assignment_bed', ['blockId', 'roomNumber', 'bed'], { unique: true })
@Index('UQ_room_assignment_guest', ['guestId'], { unique: true })
export class RoomAssignment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'block_id', type: 'int' })
  blockId: number;

  @ManyToOne('RoomBlock', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'block_id' })
  block: RoomBlock;

  @ForeignKey('Guest', { onDelete: 'CASCADE' })
  @Column({ name: 'guest_id', type: 'int' })
  guestId: number;

  @Column({ name: 'room_number', type: 'int' })
  roomNumber: number;

  @Column({ type: 'int' })
  bed: number;
}
