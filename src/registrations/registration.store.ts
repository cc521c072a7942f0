import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { insertRow } from '../database/plain-insert';
import type { SeatStatus } from '../seats/seat-status';
import { Registration } from './entities/registration.entity';
import type { RegistrationStatus } from './registration-status';

export interface RegistrationFilter {
  status?: RegistrationStatus;
  /** Only registrations with a place in this session: of this status, or any but cancelled. */
  sessionId?: number;
  seatStatus?: SeatStatus;
}

export interface StatusCount {
  status: string;
  count: number;
  checkedIn: number;
}

export interface SeatCount extends StatusCount {
  sessionId: number;
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

  byEmail(editionId: number, email: string, tx: Tx = this.dataSource.manager): Promise<Registration | null> {
    return tx.findOne(Registration, { where: { editionId, email } });
  }

  require(id: number, tx: Tx = this.dataSource.manager): Promise<Registration> {
    return tx.findOneByOrFail(Registration, { id });
  }

  /** Ends a pending or confirmed registration; false when it had ended already. */
  async end(tx: Tx, id: number, status: 'cancelled' | 'rejected'): Promise<boolean> {
    const ended = await tx.createQueryBuilder().update(Registration).set({ status }).where("id = :id AND status IN ('pending', 'confirmed')", { id }).execute();
    return ended.affected === 1;
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
      .groupBy('s.session_id')
      .addGroupBy('s.status')
      .getRawMany();
    return rows.map((r) => ({ sessionId: Number(r.sessionId), status: r.status, count: Number(r.count), checkedIn: Number(r.checkedIn ?? 0) }));
  }
}
