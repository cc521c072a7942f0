import { GUEST_PARAM } from '../common/access/permission-target';
import { GuestParamTarget } from './guest-target';
import { Module } from '@nestjs/common';
import { EditionsModule } from '../editions/editions.module';
import { SessionsModule } from '../sessions/sessions.module';
import { GuestsController } from './guests.controller';
import { GuestsModule } from './guests.module';
import { GuestsService } from './guests.service';

/** Organizers' guest list: above editions and sessions, whose rows it checks guests against. */
@Module({ imports: [GuestsModule, EditionsModule, SessionsModule], controllers: [GuestsController], providers: [GuestsService, { provide: GUEST_PARAM, useClass: GuestParamTarget }], exports: [GuestsService] })
export class GuestDirectoryModule {}
