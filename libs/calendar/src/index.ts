/**
 * @huiwu/calendar: plain session objects in, RFC 5545 text out.
 * It knows nothing of entities or requests; the calendar feature module feeds it.
 * Filled by the calendar-export issue.
 */
export { CalendarModule } from './calendar.module';
