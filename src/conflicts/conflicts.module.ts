import { Module } from '@nestjs/common';
import { ConflictsController } from './conflicts.controller';
import { ConflictsService } from './conflicts.service';
import { ScheduleConflicts } from './schedule-conflicts';

@Module({
  controllers: [ConflictsController],
  providers: [ScheduleConflicts, ConflictsService],
  exports: [ScheduleConflicts, ConflictsService],
})
export class ConflictsModule {}
