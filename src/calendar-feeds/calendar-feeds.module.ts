import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RegistrationsModule } from '../registrations/registrations.module';
import { ReleasesModule } from '../releases/releases.module';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsService } from './calendar-feeds.service';
import { PersonalCalendar } from './personal-calendar';

@Module({
  imports: [ReleasesModule, RegistrationsModule, OrganizationsModule],
  controllers: [CalendarFeedsController],
  providers: [CalendarFeedsService, PersonalCalendar],
  exports: [CalendarFeedsService],
})
export class CalendarFeedsModule {}
