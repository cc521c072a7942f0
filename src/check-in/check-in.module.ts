import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CredentialsModule } from '../credentials/credentials.module';
import { EditionsModule } from '../editions/editions.module';
import { GuestsModule } from '../guests/guests.module';
import { RegistrationsModule } from '../registrations/registrations.module';
import { SeatsModule } from '../seats/seats.module';
import { SessionsModule } from '../sessions/sessions.module';
import { CheckInController } from './check-in.controller';
import { CheckInEvents } from './check-in-events';
import { CheckInLive } from './check-in-live';
import { CheckInService } from './check-in.service';
import { CheckInStore } from './check-in.store';
import { GatesService } from './gates.service';
import { SignedTickets } from './signed-tickets';
import { GateParamTarget, SignedTicketParamTarget } from './check-in-targets';
import { GATE_PARAM, SIGNED_TICKET_PARAM } from '../common/access/permission-target';

/** Above credentials: gates, scans at the door (live and synced from offline devices), live counts. */
@Module({
  imports: [AuditModule, CredentialsModule, EditionsModule, GuestsModule, RegistrationsModule, SeatsModule, SessionsModule],
  controllers: [CheckInController],
  providers: [
    CheckInStore,
    CheckInService,
    GatesService,
    CheckInLive,
    CheckInEvents,
    SignedTickets,
    { provide: GATE_PARAM, useClass: GateParamTarget },
    { provide: SIGNED_TICKET_PARAM, useClass: SignedTicketParamTarget },
  ],
  exports: [CheckInService, GatesService, CheckInLive, SignedTickets],
})
export class CheckInModule {}
