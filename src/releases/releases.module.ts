import { Module } from '@nestjs/common';
import { ReleaseStore } from './release.store';
import { ConflictsModule } from '../conflicts/conflicts.module';
import { SeatsModule } from '../seats/seats.module';
import { PublishedEditionMemo } from './published-edition-memo';
import { PublishedProgram } from './published-program';
import { ReleaseAnnouncements } from './release-announcements';
import { ReleaseEvents } from './release-events';
import { ReleasesController } from './releases.controller';
import { ReleasesService } from './releases.service';

@Module({
  imports: [ConflictsModule, SeatsModule],
  controllers: [ReleasesController],
  providers: [ReleaseStore, ReleasesService, PublishedProgram, PublishedEditionMemo, ReleaseEvents, ReleaseAnnouncements],
  exports: [ReleaseStore, PublishedProgram, ReleaseEvents, ReleasesService],
})
export class ReleasesModule {}
