import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PartnerTeamController } from './partner-team.controller';
import { PartnerTeamService } from './partner-team.service';
import { PartnerTeamStore } from './partner-team.store';

/** The people of partner organizations: invitations and team admins. */
@Module({
  imports: [AccountsModule, OrganizationsModule],
  controllers: [PartnerTeamController],
  providers: [PartnerTeamStore, PartnerTeamService],
  exports: [PartnerTeamService, PartnerTeamStore],
})
export class PartnerTeamModule {}
