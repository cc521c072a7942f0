import { Module } from '@nestjs/common';
import { EditionsModule } from '../editions/editions.module';
import { RoomsModule } from '../rooms/rooms.module';
import { SeatsModule } from '../seats/seats.module';
import { SessionsModule } from '../sessions/sessions.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { ConflictsController } from './conflicts.controller';
import { ConflictsService } from './conflicts.service';
import { ScheduleConflicts } from './schedule-conflicts';

@Module({
  imports: [EditionsModule, RoomsModule, SeatsModule, SessionsModule, SpeakersModule],
  controllers: [ConflictsController],
  providers: [ScheduleConflicts, ConflictsService],
  exports: [ScheduleConflicts, ConflictsService],
})
export class ConflictsModule {}
