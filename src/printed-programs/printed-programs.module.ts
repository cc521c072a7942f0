import { ProgramPdfModule } from '@huiwu/program-pdf';
import { Module } from '@nestjs/common';
import { RegistrationsModule } from '../registrations/registrations.module';
import { ReleasesModule } from '../releases/releases.module';
import { PrintedProgramsController } from './printed-programs.controller';
import { TicketPdfExporter } from './ticket-pdf.exporter';
import { TicketsController } from './tickets.controller';
import { TicketsService } from './tickets.service';

@Module({
  imports: [ReleasesModule, RegistrationsModule, ProgramPdfModule],
  controllers: [PrintedProgramsController, TicketsController],
  providers: [TicketsService, TicketPdfExporter],
})
export class PrintedProgramsModule {}
