import { Module } from '@nestjs/common';
import { EditionsModule } from '../editions/editions.module';
import { GuestTravelModule } from '../guest-travel/guest-travel.module';
import { PickupStore } from './pickup.store';
import { PickupsController } from './pickups.controller';
import { PickupsService } from './pickups.service';

/** Pickup vehicles and dispatch: above guest travel, whose arrivals it gives vehicles. */
@Module({
  imports: [GuestTravelModule, EditionsModule],
  controllers: [PickupsController],
  providers: [PickupStore, PickupsService],
  exports: [PickupStore, PickupsService],
})
export class PickupsModule {}
