import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EditionsModule } from '../editions/editions.module';
import { RegistrationsModule } from '../registrations/registrations.module';
import { SeatsModule } from '../seats/seats.module';
import { SessionsModule } from '../sessions/sessions.module';
import { SettingsModule } from '../settings/settings.module';
import { GuestsModule } from '../guests/guests.module';
import { CredentialStore } from './credential.store';
import { CredentialsController } from './credentials.controller';
import { CredentialsService } from './credentials.service';
import { TicketCodes } from './ticket-codes';
import { CredentialTierParamTarget } from './credential-tier-target';
import { CREDENTIAL_TIER_PARAM } from '../common/access/permission-target';

/** Above registrations: credential tiers, who holds which, the signed ticket codes, badges and name cards. */
@Module({
  imports: [AuditModule, EditionsModule, RegistrationsModule, SeatsModule, SessionsModule, SettingsModule, GuestsModule],
  controllers: [CredentialsController],
  providers: [CredentialStore, CredentialsService, TicketCodes, { provide: CREDENTIAL_TIER_PARAM, useClass: CredentialTierParamTarget }],
  exports: [CredentialStore, CredentialsService, TicketCodes],
})
export class CredentialsModule {}
