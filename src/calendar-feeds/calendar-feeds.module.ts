import { Module } from '@nestjs/common';
import { ReleasesModule } from '../releases/releases.module';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsService } from './calendar-feeds.service';
import { OrganizationCalendar } from './organization-calendar';

@Module({
  imports: [ReleasesModule],
  controllers: [CalendarFeedsController],
  providers: [CalendarFeedsService, OrganizationCalendar],
  exports: [CalendarFeedsService],
})
export class CalendarFeedsModule {}
