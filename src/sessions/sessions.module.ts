import { Module } from '@nestjs/common';
import { ConflictsModule } from '../conflicts/conflicts.module';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({
  imports: [ConflictsModule],
  controllers: [SessionsController],
  providers: [SessionsService],
})
export class SessionsModule {}
