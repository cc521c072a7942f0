import { SESSION_PARAM } from '../common/access/permission-target';
import { SessionParamTarget } from './session-target';
import { Module } from '@nestjs/common';
import { ConflictsModule } from '../conflicts/conflicts.module';
import { EditionsModule } from '../editions/editions.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ReleasesModule } from '../releases/releases.module';
import { RoomsModule } from '../rooms/rooms.module';
import { SeatsModule } from '../seats/seats.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';
import { SessionsModule } from './sessions.module';

/** Organizers' session writes: above the conflict rules that check them and the seats they resize. */
@Module({
  imports: [SessionsModule, ConflictsModule, SeatsModule, SpeakersModule, EditionsModule, RoomsModule, OrganizationsModule, ReleasesModule],
  controllers: [SessionsController],
  providers: [SessionsService, { provide: SESSION_PARAM, useClass: SessionParamTarget }],
  exports: [SessionsService],
})
export class SessionEditingModule {}
