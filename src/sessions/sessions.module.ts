import { Module } from '@nestjs/common';
import { SessionStore } from './session.store';
import { ConflictsModule } from '../conflicts/conflicts.module';
import { RegistrationsModule } from '../registrations/registrations.module';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({
  imports: [ConflictsModule, RegistrationsModule],
  controllers: [SessionsController],
  providers: [SessionStore, SessionsService],
  exports: [SessionStore, SessionsService],
})
export class SessionsModule {}
