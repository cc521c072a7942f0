import { Module } from '@nestjs/common';
import { AccountStore } from './account.store';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { AdminAccountBootstrap } from './admin-account.bootstrap';
import { Account } from './entities/account.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Account])],
  controllers: [AccountsController],
  providers: [AccountStore, AccountsService, AdminAccountBootstrap],
  exports: [AccountStore],
})
export class AccountsModule {}
