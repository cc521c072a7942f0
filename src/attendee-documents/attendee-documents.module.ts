import { ProgramPdfModule } from '@huiwu/program-pdf';
import { Module } from '@nestjs/common';
import { CredentialsModule } from '../credentials/credentials.module';
import { RegistrationsModule } from '../registrations/registrations.module';
import { ReleasesModule } from '../releases/releases.module';
import { AttendeeDocuments } from './attendee-documents';
import { DocumentStateReader } from './document-state-reader';
import { TicketPdfExporter } from './ticket-pdf.exporter';

/** An attendee's calendar and ticket; their routes stay with the calendars and printed programs. */
@Module({
  imports: [ReleasesModule, RegistrationsModule, CredentialsModule, ProgramPdfModule],
  providers: [AttendeeDocuments, DocumentStateReader, TicketPdfExporter],
  exports: [AttendeeDocuments],
})
export class AttendeeDocumentsModule {}
