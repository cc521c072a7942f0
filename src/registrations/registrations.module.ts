import { Module } from '@nestjs/common';
import { RegistrationStore } from './registration.store';
import { ReleasesModule } from '../releases/releases.module';
import { AttendeeAgendas } from './attendee-agenda';
import { RegistrationAccess } from './registration-access';
import { RegistrationAdminController } from './registration-admin.controller';
import { RegistrationAdminService } from './registration-admin.service';
import { RegistrationViews } from './registration-views';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsService } from './registrations.service';
import { SeatAllocator } from './seat-allocator';
import { WaitlistPromotion } from './waitlist-promotion';

@Module({
  imports: [ReleasesModule],
  controllers: [RegistrationsController, RegistrationAdminController],
  providers: [RegistrationStore, RegistrationsService, RegistrationAdminService, RegistrationViews, RegistrationAccess, SeatAllocator, WaitlistPromotion, AttendeeAgendas],
  exports: [RegistrationStore, SeatAllocator, WaitlistPromotion, RegistrationAccess, RegistrationViews, AttendeeAgendas, RegistrationsService, RegistrationAdminService],
})
export class RegistrationsModule {}
