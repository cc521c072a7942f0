import { Module } from '@nestjs/common';
import { ConflictsModule } from '../conflicts/conflicts.module';
import { EditionsModule } from '../editions/editions.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SessionsModule } from '../sessions/sessions.module';
import { SpeakersController } from './speakers.controller';
import { SpeakersModule } from './speakers.module';
import { SpeakersService } from './speakers.service';

/** The speaker directory and who speaks on which session: above sessions and the conflict rules it answers with. */
@Module({
  imports: [SpeakersModule, SessionsModule, EditionsModule, OrganizationsModule, ConflictsModule],
  controllers: [SpeakersController],
  providers: [SpeakersService],
  exports: [SpeakersService],
})
export class SpeakerDirectoryModule {}
