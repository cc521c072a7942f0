import { Module } from '@nestjs/common';
import { JobLeaseStore } from './job-lease.store';
import { ScheduleModule } from '@nestjs/schedule';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EditionsModule } from '../editions/editions.module';
import { GuestTravelModule } from '../guest-travel/guest-travel.module';
import { PickupsModule } from '../pickups/pickups.module';
import { GuestDirectoryModule } from '../guests/guest-directory.module';
import { GuestsModule } from '../guests/guests.module';
import { HotelRoomStoreModule } from '../hotel-rooms/hotel-rooms.module';
import { RegistrationsModule } from '../registrations/registrations.module';
import { SeatsModule } from '../seats/seats.module';
import { JobLeases } from './job-leases';
import { PersonalDataPurge } from './personal-data-purge';
import { ReminderScheduler } from './reminder-scheduler';
import { TimedJobs } from './timed-jobs';

/**
 * Timed jobs: outbox delivery, reminders, the personal-data purge. With JOBS_ENABLED=false no
 * timer is even set up (a web-only server); the jobs' services stay usable.
 */
@Module({
  imports: [
    EditionsModule,
    GuestsModule,
    HotelRoomStoreModule,
    GuestDirectoryModule,
    GuestTravelModule,
    PickupsModule,
    RegistrationsModule,
    SeatsModule,
    ScheduleModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        cronJobs: config.jobs.enabled,
        intervals: config.jobs.enabled,
        timeouts: config.jobs.enabled,
      }),
    }),
  ],
  providers: [JobLeaseStore, JobLeases, ReminderScheduler, PersonalDataPurge, TimedJobs],
  exports: [JobLeaseStore, JobLeases, ReminderScheduler, PersonalDataPurge],
})
export class JobsModule {}
