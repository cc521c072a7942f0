import { Hotel } from './entities/hotel.entity';
import { RoomAssignment } from './entities/room-assignment.entity';
import { RoomBlock } from './entities/room-block.entity';

/** The tables the hotel-rooms module owns: only its stores read and write them. */
export const HOTEL_ROOMS_TABLES = [Hotel, RoomAssignment, RoomBlock];
