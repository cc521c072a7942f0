import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ConflictsModule } from './conflicts/conflicts.module';
import { RegistrationsModule } from './registrations/registrations.module';
import { ReleasesModule } from './releases/releases.module';
import { RoomEditingModule } from './rooms/room-editing.module';
import { RoomsModule } from './rooms/rooms.module';
import { SessionEditingModule } from './sessions/session-editing.module';
import { SessionsModule } from './sessions/sessions.module';
import { SpeakerDirectoryModule } from './speakers/speaker-directory.module';
import { SpeakersModule } from './speakers/speakers.module';
import { BrandsModule } from './brands/brands.module';
import { CalendarFeedsModule } from './calendar-feeds/calendar-feeds.module';
import { ApiExceptionFilter } from './common/filters/api-exception.filter';
import { createValidationPipe } from './common/validation/validation-pipe';
import { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { EditionEditingModule } from './editions/edition-editing.module';
import { EditionsModule } from './editions/editions.module';
import { GuestDirectoryModule } from './guests/guest-directory.module';
import { GuestsModule } from './guests/guests.module';
import { SeatingModule } from './seating/seating.module';
import { HotelRoomsModule } from './hotel-rooms/hotel-rooms.module';
import { GuestTravelModule } from './guest-travel/guest-travel.module';
import { PickupsModule } from './pickups/pickups.module';
import { MetricsModule } from './metrics/metrics.module';
import { HealthModule } from './health/health.module';
import { PlacesModule } from './places/places.module';
import { JobsModule } from './jobs/jobs.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganizationDirectoryModule } from './organizations/organization-directory.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PartnersModule } from './partners/partners.module';
import { PartnerTeamModule } from './partner-team/partner-team.module';
import { DelegationModule } from './delegation/delegation.module';
import { PrintedProgramsModule } from './printed-programs/printed-programs.module';
import { ScheduleExportsModule } from './schedule-exports/schedule-exports.module';
import { SeatsModule } from './seats/seats.module';
import { SeedingModule } from './seeding/seeding.module';
import { SettingsModule } from './settings/settings.module';
import { TeamEditingModule } from './teams/team-editing.module';
import { TeamsModule } from './teams/teams.module';
import { WebModule } from './web/web.module';
import { CredentialsModule } from './credentials/credentials.module';
import { CheckInModule } from './check-in/check-in.module';

/** The one application. Built from a parsed configuration so tests start it exactly as main.ts does. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        DatabaseModule,
        SettingsModule,
        SeatsModule,
        AuditModule,
        NotificationsModule,
        AuthModule,
        AccountsModule,
        TeamsModule,
        BrandsModule,
        EditionsModule,
        EditionEditingModule,
        OrganizationsModule,
        OrganizationDirectoryModule,
        RoomsModule,
        RoomEditingModule,
        SessionsModule,
        SessionEditingModule,
        SpeakersModule,
        SpeakerDirectoryModule,
        ConflictsModule,
        ReleasesModule,
        GuestsModule,
        GuestDirectoryModule,
        SeatingModule,
        HotelRoomsModule,
        GuestTravelModule,
        PickupsModule,
        RegistrationsModule,
        PartnersModule,
        PartnerTeamModule,
        DelegationModule,
        CalendarFeedsModule,
        PrintedProgramsModule,
        CredentialsModule,
        CheckInModule,
        ScheduleExportsModule,
        HealthModule,
        MetricsModule,
        PlacesModule,
        SeedingModule,
        JobsModule,
        TeamEditingModule,
        WebModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
      ],
    };
  }
}
