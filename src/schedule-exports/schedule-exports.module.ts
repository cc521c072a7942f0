import { Module } from '@nestjs/common';
import { ReleasesModule } from '../releases/releases.module';
import { ScheduleExportsController } from './schedule-exports.controller';

@Module({
  imports: [ReleasesModule],
  controllers: [ScheduleExportsController],
})
export class ScheduleExportsModule {}
