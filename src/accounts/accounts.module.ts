import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { TeamsModule } from '../teams/teams.module';
import { AccountStore } from './account.store';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { AdminAccountBootstrap } from './admin-account.bootstrap';
import { PasswordResetStore } from './password-reset.store';

@Module({
  imports: [OrganizationsModule, TeamsModule],
  controllers: [AccountsController],
  providers: [AccountStore, PasswordResetStore, AccountsService, AdminAccountBootstrap],
  exports: [AccountStore, PasswordResetStore],
})
export class AccountsModule {}
