import { REGISTRATION_CODE } from '../common/access/permission-target';
import { RegistrationCodeTarget } from './registration-target';
import { Module } from '@nestjs/common';
import { EditionsModule } from '../editions/editions.module';
import { GuestsModule } from '../guests/guests.module';
import { ReleasesModule } from '../releases/releases.module';
import { SeatsModule } from '../seats/seats.module';
import { SessionsModule } from '../sessions/sessions.module';
import { AttendeeAgendas } from './attendee-agenda';
import { LinkResendController } from './link-resend.controller';
import { LinkResendService } from './link-resend.service';
import { RegistrationAccess } from './registration-access';
import { RegistrationAdminController } from './registration-admin.controller';
import { RegistrationAdminService } from './registration-admin.service';
import { RegistrationChallenges } from './registration-challenge';
import { RegistrationLimits } from './registration-limits';
import { RegistrationThrottleStore } from './registration-throttle.store';
import { RegistrationStore } from './registration.store';
import { RegistrationsController } from './registrations.controller';
import { RegistrationDeskController } from './registration-desk.controller';
import { RegistrationDeskService } from './registration-desk.service';
import { RegistrationsService } from './registrations.service';
import { Tickets } from './tickets';

/** Above seats and sessions: nothing but the web pages (and attendees' documents) depends on it. */
@Module({
  imports: [SeatsModule, SessionsModule, EditionsModule, ReleasesModule, GuestsModule],
  controllers: [RegistrationsController, RegistrationAdminController, LinkResendController, RegistrationDeskController],
  providers: [{ provide: REGISTRATION_CODE, useClass: RegistrationCodeTarget }, RegistrationStore, RegistrationThrottleStore, RegistrationLimits, RegistrationChallenges, RegistrationsService, RegistrationAdminService, RegistrationDeskService, RegistrationAccess, AttendeeAgendas, LinkResendService, Tickets],
  exports: [RegistrationStore, RegistrationChallenges, RegistrationAccess, AttendeeAgendas, RegistrationsService, RegistrationAdminService, RegistrationDeskService, LinkResendService, Tickets],
})
export class RegistrationsModule {}
