import { ROOM_PARAM } from '../common/access/permission-target';
import { RoomParamTarget } from './room-target';
import { Module } from '@nestjs/common';
import { EditionsModule } from '../editions/editions.module';
import { SeatsModule } from '../seats/seats.module';
import { SessionsModule } from '../sessions/sessions.module';
import { RoomsController } from './rooms.controller';
import { RoomsModule } from './rooms.module';
import { RoomsService } from './rooms.service';

/** Organizers' room edits: above sessions and seats, since a room's capacity bounds the seats of the sessions in it. */
@Module({ imports: [RoomsModule, EditionsModule, SeatsModule, SessionsModule], controllers: [RoomsController], providers: [RoomsService, { provide: ROOM_PARAM, useClass: RoomParamTarget }], exports: [RoomsService] })
export class RoomEditingModule {}
