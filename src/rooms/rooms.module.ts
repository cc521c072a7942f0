import { Module } from '@nestjs/common';
import { RoomStore } from './room.store';

/** The room table, for every module that reads rooms (sessions, conflicts, cloning); imports nothing. */
@Module({ providers: [RoomStore], exports: [RoomStore] })
export class RoomsModule {}
