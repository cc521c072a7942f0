import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AccountStore } from './account.store';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { AdminAccountBootstrap } from './admin-account.bootstrap';

@Module({
  imports: [OrganizationsModule],
  controllers: [AccountsController],
  providers: [AccountStore, AccountsService, AdminAccountBootstrap],
  exports: [AccountStore],
})
export class AccountsModule {}
