import { Module } from '@nestjs/common';
import { PROPOSAL_PARAM } from '../common/access/permission-target';
import { ProposalParamTarget } from './proposal-target';
import { EditionsModule } from '../editions/editions.module';
import { GuestDirectoryModule } from '../guests/guest-directory.module';
import { GuestsModule } from '../guests/guests.module';
import { PartnersModule } from '../partners/partners.module';
import { HostedSessionsOverview } from './hosted-sessions-overview';
import { SessionsModule } from '../sessions/sessions.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { DelegationController } from './delegation.controller';
import { DelegationStore } from './delegation.store';
import { DelegationsService } from './delegations.service';
import { PartnerProposalsController } from './partner-proposals.controller';
import { ProposalsService } from './proposals.service';

/** Delegated sub-forums: organizers allow a host to propose, hosts propose, organizers review. */
@Module({
  imports: [EditionsModule, SessionsModule, SpeakersModule, PartnersModule, GuestsModule, GuestDirectoryModule],
  controllers: [DelegationController, PartnerProposalsController],
  providers: [DelegationStore, DelegationsService, ProposalsService, HostedSessionsOverview, { provide: PROPOSAL_PARAM, useClass: ProposalParamTarget }],
  exports: [DelegationsService, ProposalsService, HostedSessionsOverview],
})
export class DelegationModule {}
