import { Module } from '@nestjs/common';
import { EditionsModule } from '../editions/editions.module';
import { GuestDirectoryModule } from '../guests/guest-directory.module';
import { GuestsModule } from '../guests/guests.module';
import { GuestOwnTravelController, GuestTravelController } from './guest-travel.controller';
import { GuestTravelService } from './guest-travel.service';
import { GuestTripStore } from './guest-trip.store';

/** Guests' arrivals and departures: above guests (and their personal links) and editions. */
@Module({
  imports: [GuestsModule, GuestDirectoryModule, EditionsModule],
  controllers: [GuestTravelController, GuestOwnTravelController],
  providers: [GuestTripStore, GuestTravelService],
  exports: [GuestTripStore, GuestTravelService],
})
export class GuestTravelModule {}
