import { Module } from '@nestjs/common';
import { AttendeeDocumentsModule } from '../attendee-documents/attendee-documents.module';
import { ReleasesModule } from '../releases/releases.module';
import { PrintedProgramsController } from './printed-programs.controller';
import { TicketsController } from './tickets.controller';

@Module({
  imports: [ReleasesModule, AttendeeDocumentsModule],
  controllers: [PrintedProgramsController, TicketsController],
})
export class PrintedProgramsModule {}
