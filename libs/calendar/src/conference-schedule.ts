/**
 * Plain input for the conference-app schedule exporters (frab schedule.xml, c3voc schedule.json).
 * Callers map their own records onto these shapes, so this library stays free of entities,
 * persistence and HTTP.
 */

export interface ScheduleConference {
  /**
   * Short machine name, e.g. `integrity_2019`. Normalised to what both formats accept
   * (lower case, `_` for anything else), so an edition slug such as `integrity-2019` will do.
   */
  acronym: string;
  title: string;
  /** The theme; schedule.json carries it as the conference description, schedule.xml has no place for it. */
  subtitle?: string | null;
  /** Local days, `YYYY-MM-DD`, inclusive. */
  startDate: string;
  endDate: string;
  /** IANA zone of the venue, e.g. Asia/Shanghai; every time is written in it. */
  timeZone: string;
  /** Absolute URL of the edition's page. */
  url: string;
  /** Absolute origin, e.g. https://huiwu.example.org; its host also keys the derived guids. */
  baseUrl: string;
  /** The release number as text: apps compare it to tell that the programme changed. */
  version: string;
  city?: string | null;
  venue?: string | null;
  /** Display order; also the order of rooms inside each day. */
  rooms: ScheduleRoom[];
  sessions: ScheduleSession[];
}

export interface ScheduleRoom {
  id: number;
  name: string;
}

export interface SchedulePerson {
  id: number;
  name: string;
  /** Neither format has a field for it, so it is not written. */
  role?: string;
}

export interface ScheduleSession {
  /** Stable positive integer, unique in the schedule. */
  id: number;
  /** Stable 8-4-4-4-12 UUID, unique in the schedule; see `sessionGuid`. */
  guid: string;
  /** Used when it fits both formats' slug patterns; otherwise `${acronym}-${id}-${kind}` is derived. */
  slug?: string;
  title: string;
  subtitle?: string | null;
  abstract?: string | null;
  description?: string | null;
  /** Instants; written as wall time in the conference's zone. */
  start: Date;
  end: Date;
  /**
   * A room from `ScheduleConference.rooms`. Otherwise the session goes to a room named
   * `roomName` (joining a listed room of that name), or 其他 when there is none.
   */
  roomId: number | null;
  roomName: string | null;
  /** Session kind code, e.g. `sub_forum`; written as the event type. */
  kind: string;
  /** e.g. the kind's label 分论坛, or the host organisation. */
  track: string;
  language: string;
  /** Absolute URL of the session's page (a relative one is resolved against `baseUrl`). */
  url: string;
  /** In display order. */
  persons: SchedulePerson[];
  /** Kept in the schedule but marked, so apps that cached it show it as cancelled. */
  cancelled: boolean;
}
