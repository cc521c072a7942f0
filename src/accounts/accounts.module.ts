import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminAccountBootstrap } from './admin-account.bootstrap';
import { Account } from './entities/account.entity';

/** Accounts; sign-in and account management arrive with the scheduling issue. */
@Module({
  imports: [TypeOrmModule.forFeature([Account])],
  providers: [AdminAccountBootstrap],
})
export class AccountsModule {}
