import { Module } from '@nestjs/common';
import { EditionsModule } from '../editions/editions.module';
import { SessionsModule } from '../sessions/sessions.module';
import { RoomsController } from './rooms.controller';
import { RoomsModule } from './rooms.module';
import { RoomsService } from './rooms.service';

/** Organizers' room edits: above sessions, since a room's capacity may not drop below a session's in it. */
@Module({ imports: [RoomsModule, EditionsModule, SessionsModule], controllers: [RoomsController], providers: [RoomsService] })
export class RoomEditingModule {}
