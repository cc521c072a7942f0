import { Module } from '@nestjs/common';
import { EditionsModule } from '../editions/editions.module';
import { GuestsModule } from '../guests/guests.module';
import { HotelRoomStore } from './hotel-room.store';
import { HotelsController, RoomAllocationController } from './hotels.controller';
import { HotelsService } from './hotels.service';
import { RoomAllocationService } from './room-allocation.service';
import { RoomingDocuments } from './rooming-documents';

/** The store of hotel, room_block and room_assignment alone: for the purge, which must not pull in the rest. */
@Module({ providers: [HotelRoomStore], exports: [HotelRoomStore] })
export class HotelRoomStoreModule {}

/** Hotel rooms for guests (issue 19): above guests and editions, whose rows it reads. */
@Module({
  imports: [HotelRoomStoreModule, GuestsModule, EditionsModule],
  controllers: [HotelsController, RoomAllocationController],
  providers: [HotelsService, RoomAllocationService, RoomingDocuments],
  exports: [HotelsService, RoomAllocationService, RoomingDocuments],
})
export class HotelRoomsModule {}
