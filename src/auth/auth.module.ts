import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountsModule } from '../accounts/accounts.module';
import { SettingsModule } from '../settings/settings.module';
import { TeamsModule } from '../teams/teams.module';
import { AccessGuard } from './access.guard';
import { AccountSecurityController } from './account-security.controller';
import { AccountSecurityService } from './account-security.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SignInStore } from './sign-in.store';
import { LoginThrottle } from './login-throttle';
import { PasswordResetThrottle } from './password-reset-throttle';
import { SignInThrottleStore } from './sign-in-throttle.store';
import { PermissionCheck } from './permission-check';
import { TokenSigner } from './token-signer';

@Global()
@Module({
  imports: [AccountsModule, SettingsModule, TeamsModule],
  controllers: [AuthController, AccountSecurityController],
  providers: [AuthService, SignInStore, AccountSecurityService, LoginThrottle, SignInThrottleStore, PasswordResetThrottle, TokenSigner, PermissionCheck, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [TokenSigner, AuthService, AccountSecurityService, PermissionCheck],
})
export class AuthModule {}
