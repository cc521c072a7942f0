/**
 * @huiwu/calendar: plain session objects in, RFC 5545 text out.
 * It knows nothing of entities or requests; the calendar feature module feeds it.
 */
export type { CalendarEvent, CalendarEventStatus, CalendarFeed } from './calendar-event';
export { renderCalendar, renderCalendarBuffer } from './render-calendar';
export { CalendarModule } from './calendar.module';
// Conference-app schedules (frab schedule.xml, c3voc schedule.json) from the same kind of plain input.
export type {
  ScheduleConference,
  SchedulePerson,
  ScheduleRoom,
  ScheduleSession,
} from './conference-schedule';
export { renderScheduleXml, renderScheduleXmlBuffer } from './render-schedule-xml';
export { renderScheduleJson, renderScheduleJsonBuffer } from './render-schedule-json';
export { sessionGuid } from './name-based-uuid';
