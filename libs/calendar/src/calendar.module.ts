import { Module } from '@nestjs/common';

/** Nest library module for calendar rendering; its providers arrive with the calendar-export issue. */
@Module({})
export class CalendarModule {}
