import { Module } from '@nestjs/common';
import { RegistrationsModule } from '../registrations/registrations.module';
import { ReleasesModule } from '../releases/releases.module';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsService } from './calendar-feeds.service';
import { OrganizationCalendar } from './organization-calendar';
import { PersonalCalendar } from './personal-calendar';

@Module({
  imports: [ReleasesModule, RegistrationsModule],
  controllers: [CalendarFeedsController],
  providers: [CalendarFeedsService, OrganizationCalendar, PersonalCalendar],
  exports: [CalendarFeedsService],
})
export class CalendarFeedsModule {}
