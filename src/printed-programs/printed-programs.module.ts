import { ProgramPdfModule } from '@huiwu/program-pdf';
import { Module } from '@nestjs/common';
import { ReleasesModule } from '../releases/releases.module';
import { PrintedProgramsController } from './printed-programs.controller';
import { PrintedProgramsService } from './printed-programs.service';

@Module({
  imports: [ReleasesModule, ProgramPdfModule],
  controllers: [PrintedProgramsController],
  providers: [PrintedProgramsService],
})
export class PrintedProgramsModule {}
