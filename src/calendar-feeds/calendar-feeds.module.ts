import { Module } from '@nestjs/common';
import { AttendeeDocumentsModule } from '../attendee-documents/attendee-documents.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ReleasesModule } from '../releases/releases.module';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsService } from './calendar-feeds.service';

@Module({
  imports: [ReleasesModule, OrganizationsModule, AttendeeDocumentsModule],
  controllers: [CalendarFeedsController],
  providers: [CalendarFeedsService],
  exports: [CalendarFeedsService],
})
export class CalendarFeedsModule {}
