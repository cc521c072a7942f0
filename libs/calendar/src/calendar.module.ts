import { Module } from '@nestjs/common';

/**
 * Nest library module for symmetry with the other libs. It provides nothing: renderCalendar is a
 * pure function, so callers import it directly and tests need no injector.
 */
@Module({})
export class CalendarModule {}
