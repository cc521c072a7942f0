import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { Registration } from './entities/registration.entity';
import { SessionSeat } from './entities/session-seat.entity';

/** The only code that reads and writes registration; other modules call this, never the entities. */
@Injectable()
export class RegistrationStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for partners
  /** Every seat and waitlist ticket of a session, cancelled ones too, with its registration's check-in. */
  seatsOfSession(sessionId: number, tx: Tx = this.dataSource.manager): Promise<{ status: string; createdAt: string | Date; checkedInAt: string | Date | null }[]> {
    return tx
      .createQueryBuilder(SessionSeat, 'seat')
      .innerJoin('seat.registration', 'r')
      .select(['seat.status AS status', 'seat.created_at AS createdAt', 'r.checked_in_at AS checkedInAt'])
      .where('seat.session_id = :sessionId', { sessionId })
      .getRawMany();
  }

  /** Who holds a seat or waits for one in a session, for its host: name, organization and title only, never an email or phone. */
  async attendeesForHost(sessionId: number, tx: Tx = this.dataSource.manager): Promise<{ name: string; organization: string | null; title: string | null; seat: string }[]> {
    const rows = await tx
      .createQueryBuilder(Registration, 'r')
      .select(['r.name', 'r.organization', 'r.title', 'seat.status'])
      .innerJoin(SessionSeat, 'seat', 'seat.registration_id = r.id')
      .where("seat.session_id = :sessionId AND seat.status IN ('confirmed', 'waitlisted')", { sessionId })
      .andWhere("r.status IN ('pending', 'confirmed') AND r.anonymized_at IS NULL")
      .orderBy('r.id', 'ASC')
      .getRawMany<{ r_name: string; r_organization: string | null; r_title: string | null; seat_status: string }>();
    return rows.map((row) => ({ name: row.r_name, organization: row.r_organization, title: row.r_title, seat: row.seat_status }));
  }

  // — for notifications

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
}
