/**
 * @huiwu/calendar: plain session objects in, RFC 5545 text out.
 * It knows nothing of entities or requests; the calendar feature module feeds it.
 */
export type { CalendarEvent, CalendarEventStatus, CalendarFeed } from './calendar-event';
export { renderCalendar, renderCalendarBuffer } from './render-calendar';
export { CalendarModule } from './calendar.module';
