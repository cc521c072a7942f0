import { Module } from '@nestjs/common';
import { ReleasesModule } from '../releases/releases.module';
import { ScheduleExportsController } from './schedule-exports.controller';
import { ScheduleExportsService } from './schedule-exports.service';

@Module({
  imports: [ReleasesModule],
  controllers: [ScheduleExportsController],
  providers: [ScheduleExportsService],
})
export class ScheduleExportsModule {}
