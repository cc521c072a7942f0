import { ProgramPdfModule } from '@huiwu/program-pdf';
import { Module } from '@nestjs/common';
import { ConflictsModule } from '../conflicts/conflicts.module';
import { EditionsModule } from '../editions/editions.module';
import { RoomsModule } from '../rooms/rooms.module';
import { SeatsModule } from '../seats/seats.module';
import { SessionsModule } from '../sessions/sessions.module';
import { PublishedDocuments } from './documents/published-documents';
import { publishedExporterProviders, publishedExporterTokens } from './documents/published-exporters';
import { PublishedEditionMemo } from './published-edition-memo';
import { PublishedProgram } from './published-program';
import { ReleaseAnnouncements } from './release-announcements';
import { ReleaseEvents } from './release-events';
import { ReleaseStore } from './release.store';
import { ReleasesController } from './releases.controller';
import { ReleasesService } from './releases.service';

@Module({
  imports: [ConflictsModule, EditionsModule, RoomsModule, SeatsModule, SessionsModule, ProgramPdfModule],
  controllers: [ReleasesController],
  providers: [ReleaseStore, ReleasesService, PublishedProgram, PublishedEditionMemo, ReleaseEvents, ReleaseAnnouncements, PublishedDocuments, ...publishedExporterProviders],
  exports: [ReleaseStore, PublishedProgram, ReleaseEvents, ReleasesService, PublishedDocuments, ...publishedExporterTokens],
})
export class ReleasesModule {}
