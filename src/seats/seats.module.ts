import { Module } from '@nestjs/common';
import { SeatEvents } from './seat-events';
import { SeatStore } from './seat.store';

/** The lowest of the registration modules: it depends on no other feature. */
@Module({ providers: [SeatStore, SeatEvents], exports: [SeatStore, SeatEvents] })
export class SeatsModule {}
