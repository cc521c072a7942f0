import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, IsNull } from 'typeorm';
import { containsPattern } from '../common/like-pattern';
import type { Tx } from '../database/transactions';
import { insertRow } from '../database/plain-insert';
import type { SeatStatus } from '../seats/seat-status';
import { Registration } from './entities/registration.entity';
import type { RegistrationStatus } from './registration-status';

/** The row types this module answers with, for other modules to name (they never query them). */
export type { Registration } from './entities/registration.entity';


export interface RegistrationFilter {
  status?: RegistrationStatus;
  /** Only registrations with a place in this session: of this status, or any but cancelled. */
  sessionId?: number;
  seatStatus?: SeatStatus;
  checkedIn?: 'yes' | 'no';
  /** Part of the name or e-mail, the phone's digits, or the code (any case). */
  q?: string;
}

export interface StatusCount {
  status: string;
  count: number;
  checkedIn: number;
}

export interface SeatCount extends StatusCount {
  sessionId: number;
}

/**
 * The seats module's table, by entity name: a registration's lists join its seats in the same
 * statement (one query per page, pinned by the tests), without importing the seats module's entity.
 */
const SESSION_SEAT = 'SessionSeat';

/**
 * One row of `documentState`, as the driver answers it (numbers, strings and dates vary by
 * driver, which does not matter: rows are compared only with rows of the same statement).
 */
export interface DocumentStateRow {
  id: number;
  code: string;
  anonymized_at: unknown;
  [column: string]: unknown;
}

/** The only code that reads and writes registration; other modules call this, never the entities. */
@Injectable()
export class RegistrationStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserted without being read back (a round trip less inside the registration's transaction); answers the id. */
  insert(tx: Tx, registration: Registration): Promise<number> {
    return insertRow(tx, Registration, registration);
  }

  byCode(code: string, tx: Tx = this.dataSource.manager): Promise<Registration | null> {
    return tx.findOne(Registration, { where: { code } });
  }

  /**
   * Everything the attendee documents of these registrations are made from, except the
   * released sessions themselves (a release is never changed, so its id names them), in ONE
   * statement: each registration, each of its seats (a row each), the edition's printed fields,
   * the edition's latest release and the ticket's credential generation. The documents' cache key
   * is made of these values, so a change made by any server process (a cancellation, a promotion
   * from the waitlist, a new name, a release, a reprint) is seen by the next request. It reads
   * other modules' tables by name, against the rule, because one statement per cached answer is
   * what this is for (test/attendee-document-cache.e2e-spec.ts counts it). No ORDER BY: on
   * MariaDB it costs a temporary table; callers sort the few rows. No row: no such code.
   */
  async documentStates(codes: string[], tx: Tx = this.dataSource.manager): Promise<DocumentStateRow[]> {
    if (!codes.length) return [];
    const rows: DocumentStateRow[] = await tx.query(
      `SELECT r.id, r.code, r.edition_id, r.status, r.name, r.anonymized_at, r.created_at, r.updated_at,
        e.slug, e.title_zh, e.title_en, e.start_date, e.end_date, e.time_zone, e.city_zh, e.city_en, e.venue_zh, e.venue_en, e.updated_at AS edition_updated_at,
        (SELECT pr.id FROM program_release pr WHERE pr.edition_id = r.edition_id ORDER BY pr.version DESC LIMIT 1) AS release_id,
        (SELECT c.generation FROM credential c WHERE c.registration_id = r.id) AS generation,
        s.session_id, s.status AS seat_status, s.updated_at AS seat_updated_at
      FROM registration r
      INNER JOIN edition e ON e.id = r.edition_id
      LEFT JOIN session_seat s ON s.registration_id = r.id
      WHERE r.code IN (${codes.map(() => '?').join(', ')})`,
      codes,
    );
    return rows;
  }

  byId(id: number, tx: Tx = this.dataSource.manager): Promise<Registration | null> {
    return tx.findOne(Registration, { where: { id } });
  }

  byEmail(editionId: number, email: string, tx: Tx = this.dataSource.manager): Promise<Registration | null> {
    return tx.findOne(Registration, { where: { editionId, email } });
  }

  /** A person's registrations for an edition, by address (one today; a list, so a resend names them all). Anonymised ones have no address left. */
  ofEmail(editionId: number, email: string, tx: Tx = this.dataSource.manager): Promise<Registration[]> {
    return tx.find(Registration, { where: { editionId, email, anonymizedAt: IsNull() }, order: { id: 'ASC' } });
  }

  require(id: number, tx: Tx = this.dataSource.manager): Promise<Registration> {
    return tx.findOneByOrFail(Registration, { id });
  }

  /** Ends a pending, confirmed or unconfirmed registration; false when it had ended already. */
  async end(tx: Tx, id: number, status: 'cancelled' | 'rejected'): Promise<boolean> {
    const ended = await tx.createQueryBuilder().update(Registration).set({ status }).where("id = :id AND status IN ('pending', 'confirmed', 'unconfirmed')", { id }).execute();
    return ended.affected === 1;
  }

  /**
   * The attendee followed the mailed link in time: the registration becomes what it would have
   * been (confirmed, or pending approval). False when it was confirmed, cancelled or past its deadline meanwhile.
   */
  async confirm(tx: Tx, id: number, status: 'pending' | 'confirmed', now: Date): Promise<boolean> {
    const confirmed = await tx
      .createQueryBuilder()
      .update(Registration)
      .set({ status, confirmBy: null })
      .where("id = :id AND status = 'unconfirmed' AND confirm_by > :now", { id, now })
      .execute();
    return confirmed.affected === 1;
  }

  /** Cancels an unconfirmed registration whose deadline has passed; its confirm_by stays, saying why it ended. */
  async expire(tx: Tx, id: number, now: Date): Promise<boolean> {
    const expired = await tx
      .createQueryBuilder()
      .update(Registration)
      .set({ status: 'cancelled' })
      .where("id = :id AND status = 'unconfirmed' AND confirm_by <= :now", { id, now })
      .execute();
    return expired.affected === 1;
  }

  /** Unconfirmed registrations past their deadline, oldest first, a batch at a time. */
  unconfirmedDue(now: Date, limit = 200): Promise<Registration[]> {
    return this.dataSource.manager
      .createQueryBuilder(Registration, 'r')
      .where("r.status = 'unconfirmed' AND r.confirm_by <= :now", { now })
      .orderBy('r.confirm_by', 'ASC')
      .take(limit)
      .getMany();
  }

  /** Confirms a pending registration; false when it was decided meanwhile. */
  async approve(tx: Tx, id: number): Promise<boolean> {
    const approved = await tx.createQueryBuilder().update(Registration).set({ status: 'confirmed' }).where("id = :id AND status = 'pending'", { id }).execute();
    return approved.affected === 1;
  }

  /** Marks the arrival once; false when it was marked before. */
  async checkIn(tx: Tx, id: number, at: Date): Promise<boolean> {
    const marked = await tx.createQueryBuilder().update(Registration).set({ checkedInAt: at }).where('id = :id AND checked_in_at IS NULL', { id }).execute();
    return marked.affected === 1;
  }

  /** One page of an edition's registrations in id order, and how many match in all. */
  page(editionId: number, filter: RegistrationFilter, offset: number, limit: number): Promise<[Registration[], number]> {
    const qb = this.dataSource.manager.createQueryBuilder(Registration, 'r').where('r.edition_id = :editionId', { editionId }).orderBy('r.id', 'ASC');
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    if (filter.sessionId !== undefined) {
      // A subquery on the seats module's table: one statement for the page whatever the session's size.
      qb.andWhere(
        `r.id IN (SELECT s.registration_id FROM session_seat s WHERE s.session_id = :sessionId${filter.seatStatus ? ' AND s.status = :seatStatus' : " AND s.status <> 'cancelled'"})`,
        { sessionId: filter.sessionId, seatStatus: filter.seatStatus },
      );
    }
    if (filter.checkedIn) qb.andWhere(`r.checked_in_at IS ${filter.checkedIn === 'yes' ? 'NOT ' : ''}NULL`);
    if (filter.q) {
      const text = containsPattern(filter.q);
      // A phone is kept as written ("138 0013 8000"): compared without its spaces and dashes.
      const digits = filter.q.replace(/[\s-]/g, '');
      qb.andWhere(
        new Brackets((where) => {
          where.where("r.name LIKE :text ESCAPE '!'", { text }).orWhere("r.email LIKE :text ESCAPE '!'", { text }).orWhere('UPPER(r.code) = :code', { code: filter.q!.toUpperCase() });
          if (digits !== '') where.orWhere("REPLACE(REPLACE(r.phone, ' ', ''), '-', '') LIKE :digits ESCAPE '!'", { digits: containsPattern(digits) });
        }),
      );
    }
    return qb.skip(offset).take(limit).getManyAndCount();
  }

  ofEdition(editionId: number): Promise<Registration[]> {
    return this.dataSource.manager.find(Registration, { where: { editionId }, order: { id: 'ASC' } });
  }

  /** Registrations of an edition per status, with how many of them checked in. */
  async countsByStatus(editionId: number): Promise<StatusCount[]> {
    const rows: { status: string; count: string | number; checkedIn: string | number | null }[] = await this.dataSource.manager
      .createQueryBuilder(Registration, 'r')
      .select('r.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .addSelect('SUM(CASE WHEN r.checked_in_at IS NULL THEN 0 ELSE 1 END)', 'checkedIn')
      .where('r.edition_id = :editionId', { editionId })
      .groupBy('r.status')
      .getRawMany();
    // MariaDB answers COUNT and SUM as strings.
    return rows.map((r) => ({ status: r.status, count: Number(r.count), checkedIn: Number(r.checkedIn ?? 0) }));
  }

  /** Places per session and seat status among an edition's registrations, with how many of their holders checked in. */
  async seatCountsBySession(editionId: number): Promise<SeatCount[]> {
    const rows: { sessionId: string | number; status: string; count: string | number; checkedIn: string | number | null }[] = await this.dataSource.manager
      .createQueryBuilder(Registration, 'r')
      .innerJoin('r.seats', 's')
      .select('s.session_id', 'sessionId')
      .addSelect('s.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .addSelect('SUM(CASE WHEN r.checked_in_at IS NULL THEN 0 ELSE 1 END)', 'checkedIn')
      .where('r.edition_id = :editionId', { editionId })
      // Held for an address nobody has confirmed: not attendees yet (counted apart, as registrations).
      .andWhere("r.status <> 'unconfirmed'")
      .groupBy('s.session_id')
      .addGroupBy('s.status')
      .getRawMany();
    return rows.map((r) => ({ sessionId: Number(r.sessionId), status: r.status, count: Number(r.count), checkedIn: Number(r.checkedIn ?? 0) }));
  }

  /** Every seat and waitlist ticket of a session, cancelled ones too, with its registration's check-in. */
  seatsOfSession(sessionId: number, tx: Tx = this.dataSource.manager): Promise<{ status: string; createdAt: string | Date; checkedInAt: string | Date | null }[]> {
    return tx
      .createQueryBuilder(SESSION_SEAT, 'seat')
      .innerJoin('seat.registration', 'r')
      .select(['seat.status AS status', 'seat.created_at AS createdAt', 'r.checked_in_at AS checkedInAt'])
      .where('seat.session_id = :sessionId', { sessionId })
      // Seats held for an address nobody has confirmed are not attendees yet (a bot's would be counted).
      .andWhere("r.status <> 'unconfirmed'")
      .getRawMany();
  }

  /** Who holds a seat or waits for one in a session, for its host: name, organization and title only, never an email or phone. */
  async attendeesForHost(sessionId: number, tx: Tx = this.dataSource.manager): Promise<{ name: string; organization: string | null; title: string | null; seat: string }[]> {
    const rows = await tx
      .createQueryBuilder(Registration, 'r')
      .select(['r.name', 'r.organization', 'r.title', 'seat.status'])
      .innerJoin(SESSION_SEAT, 'seat', 'seat.registration_id = r.id')
      .where("seat.session_id = :sessionId AND seat.status IN ('confirmed', 'waitlisted')", { sessionId })
      .andWhere("r.status IN ('pending', 'confirmed') AND r.anonymized_at IS NULL")
      .orderBy('r.id', 'ASC')
      .getRawMany<{ r_name: string; r_organization: string | null; r_title: string | null; seat_status: string }>();
    return rows.map((row) => ({ name: row.r_name, organization: row.r_organization, title: row.r_title, seat: row.seat_status }));
  }

  async idsOfEdition(editionId: number, tx: Tx = this.dataSource.manager): Promise<number[]> {
    const rows = await tx.getRepository(Registration).find({ select: { id: true }, where: { editionId }, order: { id: 'ASC' } });
    return rows.map((row) => row.id);
  }

  /**
   * Overwrites the personal data of an edition's registrations not anonymised yet: `name`, an
   * address unique per registration (one address per edition is a unique key) on a domain that
   * cannot exist, no phone, organization or title. Answers how many it anonymised.
   */
  async anonymiseEdition(editionId: number, name: string, at: Date, tx: Tx = this.dataSource.manager): Promise<number> {
    const address = this.dataSource.options.type === 'better-sqlite3' ? `'anonymized+' || id || '@invalid.huiwu'` : `CONCAT('anonymized+', id, '@invalid.huiwu')`;
    const anonymised = await tx
      .createQueryBuilder()
      .update(Registration)
      .set({ name, email: () => address, phone: null, organization: null, title: null, anonymizedAt: at })
      .where('edition_id = :editionId AND anonymized_at IS NULL', { editionId })
      .execute();
    return anonymised.affected ?? 0;
  }

  /** Registrations by status, and how many checked in, for the metrics page. */
  async countsForMetrics(): Promise<{ byStatus: Map<string, number>; checkedIn: number }> {
    const rows: { status: string; n: string | number; checked_in: string | number | null }[] = await this.dataSource.query(
      'SELECT status, COUNT(*) AS n, SUM(CASE WHEN checked_in_at IS NULL THEN 0 ELSE 1 END) AS checked_in FROM registration GROUP BY status',
    );
    return { byStatus: new Map(rows.map((row) => [row.status, Number(row.n)])), checkedIn: rows.reduce((sum, row) => sum + Number(row.checked_in ?? 0), 0) };
  }
}
