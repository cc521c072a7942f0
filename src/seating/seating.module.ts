import { Module } from '@nestjs/common';
import { EditionsModule } from '../editions/editions.module';
import { GuestsModule } from '../guests/guests.module';
import { SessionsModule } from '../sessions/sessions.module';
import { SeatingController } from './seating.controller';
import { SeatingDocuments } from './seating-documents';
import { SeatingPlanStore } from './seating-plan.store';
import { SeatingService } from './seating.service';

/** Protocol seating (主席台 and front rows): above guests, sessions and editions, whose rows it reads. */
@Module({
  imports: [GuestsModule, SessionsModule, EditionsModule],
  controllers: [SeatingController],
  providers: [SeatingPlanStore, SeatingService, SeatingDocuments],
  exports: [SeatingService, SeatingDocuments],
})
export class SeatingModule {}
