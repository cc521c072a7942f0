import { Room } from './entities/room.entity';

/** The tables the rooms module owns: only its stores read and write them. */
export const ROOMS_TABLES = [Room];
