import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Account } from '../accounts/entities/account.entity';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { TokenSigner } from './token-signer';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Account])],
  controllers: [AuthController],
  providers: [AuthService, LoginThrottle, TokenSigner, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [TokenSigner, AuthService],
})
export class AuthModule {}
