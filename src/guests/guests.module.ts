import { Module } from '@nestjs/common';
import { GuestStore } from './guest.store';

/** The guest tables behind their store, for every module that reads guests (travel, rooms, registrations, the purge); imports nothing. */
@Module({ providers: [GuestStore], exports: [GuestStore] })
export class GuestsModule {}
