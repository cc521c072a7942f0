import { Module } from '@nestjs/common';
import { SeatsModule } from '../seats/seats.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { SessionStore } from './session.store';

/**
 * The session and session_role tables behind their store: low in the graph, so the conflict
 * rules, releases and registrations can read sessions without depending on session editing.
 */
@Module({
  imports: [SeatsModule, SpeakersModule],
  providers: [SessionStore],
  exports: [SessionStore],
})
export class SessionsModule {}
