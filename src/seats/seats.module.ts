import { Module } from '@nestjs/common';
import { SeatStore } from './seat.store';

/** The lowest of the registration modules: it depends on no other feature. */
@Module({ providers: [SeatStore], exports: [SeatStore] })
export class SeatsModule {}
