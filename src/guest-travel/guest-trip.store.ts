import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import type { Guest } from '../guests/guest.store';
import { GuestTrip } from './entities/guest-trip.entity';
import type { TripDirection } from './trip-kinds';

export type { GuestTrip } from './entities/guest-trip.entity';

/** A trip with the guest it belongs to, as the desk and the dispatch board read it. */
export interface TripWithGuest {
  trip: GuestTrip;
  guest: { id: number; name: string; phone: string | null; email: string | null; title: string | null; organization: string | null; code: string };
}

/** The only code that reads and writes guest_trip. */
@Injectable()
export class GuestTripStore {
  constructor(private readonly dataSource: DataSource) {}

  ofGuest(guestId: number, tx: Tx = this.dataSource.manager): Promise<GuestTrip[]> {
    return tx.find(GuestTrip, { where: { guestId }, order: { direction: 'ASC' } });
  }

  byIds(ids: number[], tx: Tx = this.dataSource.manager): Promise<GuestTrip[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return tx.createQueryBuilder(GuestTrip, 't').where('t.id IN (:...ids)', { ids }).getMany();
  }

  /**
   * The edition's trips of one direction (or both), earliest first, with their guests; guests
   * already anonymised are left out.
   */
  async ofEdition(editionId: number, direction: TripDirection | undefined, tx: Tx = this.dataSource.manager): Promise<TripWithGuest[]> {
    const qb = tx
      .createQueryBuilder(GuestTrip, 't')
      .innerJoinAndMapOne('t.guest', 'Guest', 'g', 'g.id = t.guest_id')
      .where('t.edition_id = :editionId', { editionId })
      .andWhere('g.anonymized_at IS NULL');
    if (direction) qb.andWhere('t.direction = :direction', { direction });
    // The guest is the guests module's row, mapped by its entity name (the trip keeps only its id).
    const trips = (await qb.orderBy('t.at', 'ASC').addOrderBy('t.station', 'ASC').addOrderBy('g.name', 'ASC').addOrderBy('t.id', 'ASC').getMany()) as Array<GuestTrip & { guest: Guest }>;
    return trips.map((trip) => {
      const { guest, ...rest } = trip;
      return {
        trip: rest as GuestTrip,
        guest: { id: guest.id, name: guest.name, phone: guest.phone, email: guest.email, title: guest.title, organization: guest.organization, code: guest.code },
      };
    });
  }

  /** Writes the guest's trip of that direction (one each), the existing row kept and changed. */
  async put(values: Pick<GuestTrip, 'editionId' | 'guestId' | 'direction' | 'mode' | 'number' | 'at' | 'station'>, tx: Tx): Promise<GuestTrip> {
    const existing = await tx.findOneBy(GuestTrip, { guestId: values.guestId, direction: values.direction });
    if (existing) {
      await tx.update(GuestTrip, { id: existing.id }, { mode: values.mode, number: values.number, at: values.at, station: values.station });
      return (await tx.findOneBy(GuestTrip, { id: existing.id }))!;
    }
    const inserted = await tx.insert(GuestTrip, values);
    return (await tx.findOneBy(GuestTrip, { id: inserted.identifiers[0].id as number }))!;
  }

  async remove(guestId: number, direction: TripDirection, tx: Tx): Promise<GuestTrip | null> {
    const existing = await tx.findOneBy(GuestTrip, { guestId, direction });
    if (existing) await tx.delete(GuestTrip, { id: existing.id });
    return existing;
  }

  /** The purge: an edition's trips (flight and train numbers are personal) go entirely. */
  async deleteOfEdition(editionId: number, tx: Tx): Promise<number> {
    const done = await tx.delete(GuestTrip, { editionId });
    return done.affected ?? 0;
  }
}
