import { ProgramPdfModule } from '@huiwu/program-pdf';
import { Module } from '@nestjs/common';
import { RegistrationsModule } from '../registrations/registrations.module';
import { ReleasesModule } from '../releases/releases.module';
import { PrintedProgramsController } from './printed-programs.controller';
import { PrintedProgramsService } from './printed-programs.service';
import { TicketsController } from './tickets.controller';
import { TicketsService } from './tickets.service';

@Module({
  imports: [ReleasesModule, RegistrationsModule, ProgramPdfModule],
  controllers: [PrintedProgramsController, TicketsController],
  providers: [PrintedProgramsService, TicketsService],
})
export class PrintedProgramsModule {}
