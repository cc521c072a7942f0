/**
 * The SQL of one page of the organizers' registration list, written out once: the registration
 * store runs it, and the bench's plain mysql2 floor (bench/floor-list.js) requires this file from
 * the build so that it runs the very same statements with the same parameters. Plain `?`
 * placeholders and unquoted names read alike on SQLite and MariaDB. A page is at most three
 * statements: the page, its count (only when the page alone cannot tell it), and its seats.
 */
import { containsPattern } from '../common/like-pattern';
import type { SeatStatus } from '../seats/seat-status';
import type { RegistrationStatus } from './registration-status';

export interface RegistrationFilter {
  status?: RegistrationStatus;
  /** Only registrations with a place in this session: of this status, or any but cancelled. */
  sessionId?: number;
  seatStatus?: SeatStatus;
  checkedIn?: 'yes' | 'no';
  /** Part of the name or e-mail, the phone's digits, or the code (any case). */
  q?: string;
}

export interface Statement {
  sql: string;
  parameters: unknown[];
}

/**
 * What a registration shows in the list (never the idempotency key, deadlines or anonymisation),
 * with the edition's slug and time zone that every answer shows: no read of the edition apart.
 */
const PAGE_COLUMNS = `r.id AS id, r.code AS code, r.name AS name, r.email AS email, r.phone AS phone, r.organization AS organization, r.title AS title,
 r.status AS status, r.checked_in_at AS checked_in_at, r.created_at AS created_at, r.privacy_notice_version AS privacy_notice_version, r.privacy_consented_at AS privacy_consented_at,
 e.slug AS edition_slug, e.time_zone AS edition_time_zone`;

/** The filters as one WHERE clause over `registration r`, with its parameters in order. */
function matching(editionId: number, filter: RegistrationFilter): Statement {
  const where = ['r.edition_id = ?'];
  const parameters: unknown[] = [editionId];
  if (filter.status) {
    where.push('r.status = ?');
    parameters.push(filter.status);
  }
  if (filter.sessionId !== undefined) {
    // A subquery on the seats' table: one statement for the page whatever the session's size.
    where.push(`r.id IN (SELECT s.registration_id FROM session_seat s WHERE s.session_id = ? AND ${filter.seatStatus ? 's.status = ?' : "s.status <> 'cancelled'"})`);
    parameters.push(filter.sessionId, ...(filter.seatStatus ? [filter.seatStatus] : []));
  }
  if (filter.checkedIn) where.push(`r.checked_in_at IS ${filter.checkedIn === 'yes' ? 'NOT ' : ''}NULL`);
  if (filter.q) {
    const text = containsPattern(filter.q);
    // A phone is kept as written ("138 0013 8000"): compared without its spaces and dashes.
    const digits = filter.q.replace(/[\s-]/g, '');
    const any = ["r.name LIKE ? ESCAPE '!'", "r.email LIKE ? ESCAPE '!'", 'UPPER(r.code) = ?'];
    parameters.push(text, text, filter.q.toUpperCase());
    if (digits !== '') {
      any.push("REPLACE(REPLACE(r.phone, ' ', ''), '-', '') LIKE ? ESCAPE '!'");
      parameters.push(containsPattern(digits));
    }
    where.push(`(${any.join(' OR ')})`);
  }
  return { sql: where.join(' AND '), parameters };
}

/** One page of an edition's registrations in id order. */
export function registrationPage(editionId: number, filter: RegistrationFilter, offset: number, limit: number): Statement {
  const where = matching(editionId, filter);
  return { sql: `SELECT ${PAGE_COLUMNS} FROM registration r INNER JOIN edition e ON e.id = r.edition_id WHERE ${where.sql} ORDER BY r.id LIMIT ? OFFSET ?`, parameters: [...where.parameters, limit, offset] };
}

/** How many registrations match in all; answered as `total` (a string on MariaDB). */
export function registrationCount(editionId: number, filter: RegistrationFilter): Statement {
  const where = matching(editionId, filter);
  return { sql: `SELECT COUNT(*) AS total FROM registration r WHERE ${where.sql}`, parameters: where.parameters };
}

/** The page's total without counting when the page itself says it (not full, and not past the end); null: count. */
export function totalOfPage(offset: number, limit: number, rows: number): number | null {
  return rows < limit && (rows > 0 || offset === 0) ? offset + rows : null;
}

/**
 * Every seat of the page's registrations, with its session as the edition's latest release froze
 * it (null columns when that release lacks it, or there is none) and, for a waiting ticket, its
 * place in the queue: the waiting tickets up to and including its own, so positions have no gaps.
 */
export function pageSeats(editionId: number, registrationIds: number[]): Statement {
  return {
    sql: `SELECT s.registration_id AS registration_id, s.session_id AS session_id, s.status AS status,
 rs.session_id AS released_session_id, rs.title_zh AS title_zh, rs.starts_at AS starts_at, rs.ends_at AS ends_at, rs.room_name_zh AS room_name_zh,
 CASE WHEN s.status = 'waitlisted' AND s.queue_number IS NOT NULL THEN
  (SELECT COUNT(*) FROM session_seat w WHERE w.session_id = s.session_id AND w.status = 'waitlisted' AND w.queue_number <= s.queue_number) END AS waitlist_position
FROM session_seat s
LEFT JOIN released_session rs ON rs.session_id = s.session_id AND rs.release_id = (SELECT p.id FROM program_release p WHERE p.edition_id = ? ORDER BY p.version DESC LIMIT 1)
WHERE s.registration_id IN (${registrationIds.map(() => '?').join(', ')})
ORDER BY s.registration_id, s.session_id`,
    parameters: [editionId, ...registrationIds],
  };
}
