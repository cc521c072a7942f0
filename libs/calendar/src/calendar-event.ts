/**
 * Plain input for the calendar renderer. Callers map their own records onto these shapes,
 * so this library stays free of entities, persistence and HTTP.
 */

export type CalendarEventStatus = 'confirmed' | 'tentative' | 'cancelled';

export interface CalendarEvent {
  /** Stable across releases: clients match updates and cancellations by UID. */
  uid: string;
  /** Instants; rendered as wall time in `timeZone`. */
  start: Date;
  end: Date;
  /** IANA zone of the venue, e.g. Asia/Shanghai; also names the VTIMEZONE. */
  timeZone: string;
  summary: string;
  description?: string;
  location?: string;
  /** Absolute http(s) URL. */
  url?: string;
  categories?: string[];
  /** Must grow whenever the session changes, or clients keep their stale copy. */
  sequence: number;
  status: CalendarEventStatus;
  lastModified: Date;
}

export interface CalendarFeed {
  name: string;
  description?: string;
  /** Absolute URL of the feed itself. */
  url?: string;
  /** Refresh hint for subscribers (REFRESH-INTERVAL and X-PUBLISHED-TTL). */
  refreshInterval?: { minutes: number };
  events: CalendarEvent[];
  /**
   * DTSTAMP of every event: the release's publication instant. Passed in rather than read
   * from the clock so the same release always renders to the same bytes (ETags, caches).
   */
  stamp: Date;
}
