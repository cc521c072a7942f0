import { Module } from '@nestjs/common';
import { ConflictsModule } from '../conflicts/conflicts.module';
import { EditionsModule } from '../editions/editions.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ReleasesModule } from '../releases/releases.module';
import { RoomsModule } from '../rooms/rooms.module';
import { SeatsModule } from '../seats/seats.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { SessionStore } from './session.store';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({
  imports: [ConflictsModule, SeatsModule, SpeakersModule, EditionsModule, RoomsModule, OrganizationsModule, ReleasesModule],
  controllers: [SessionsController],
  providers: [SessionStore, SessionsService],
  exports: [SessionStore, SessionsService],
})
export class SessionsModule {}
