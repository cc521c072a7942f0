import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountsModule } from '../accounts/accounts.module';
import { SettingsModule } from '../settings/settings.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { SignInThrottleStore } from './sign-in-throttle.store';
import { TokenSigner } from './token-signer';

@Global()
@Module({
  imports: [AccountsModule, SettingsModule],
  controllers: [AuthController],
  providers: [AuthService, LoginThrottle, SignInThrottleStore, TokenSigner, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [TokenSigner, AuthService],
})
export class AuthModule {}
