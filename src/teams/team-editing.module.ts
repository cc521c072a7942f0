import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { BrandsModule } from '../brands/brands.module';
import { EditionsModule } from '../editions/editions.module';
import { TeamController } from './team.controller';
import { TeamService } from './team.service';
import { TEAM_TARGETS } from './team-targets';
import { TeamsModule } from './teams.module';

/** Managing the team: organizer accounts and their roles, by API and console pages. Above the stores it reads. */
@Module({
  imports: [TeamsModule, AccountsModule, BrandsModule, EditionsModule],
  controllers: [TeamController],
  providers: [TeamService, ...TEAM_TARGETS],
  exports: [TeamService],
})
export class TeamEditingModule {}
