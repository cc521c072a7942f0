import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { fieldsRefused } from '../common/i18n/field-labels';
import type { LocalText } from '../common/i18n/local-text';
import { parseZonedInstant } from '../common/zoned-input';
import { Transactions, type Tx } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import { GuestAccess } from '../guests/guest-access';
import { type Guest, GuestStore } from '../guests/guest.store';
import { groupArrivals } from './arrival-windows';
import { ArrivalDayDto, EditionTripDto, GuestTravelDto, TripDto, TripRequest } from './dto/guest-trip.dto';
import { type GuestTrip, GuestTripStore } from './guest-trip.store';
import { TRAVEL_MESSAGES } from './travel-messages';
import { TRIP_DIRECTION, TRIP_DIRECTIONS, type TripDirection } from './trip-kinds';

/** Flight numbers (CA1234, 3U8888, MU5101) and train numbers (G87, D2001, K1234, Z20, 1461). */
const TRIP_NUMBER = /^([A-Z0-9]{2}\d{1,5}[A-Z]?|[GDCZTKYLS]\d{1,5}|\d{1,5})$/;

/**
 * Guests' arrivals and departures: entered by the guest on their own link or by the desk, kept
 * in UTC, read and shown in the edition's zone. The desk sees arrivals by day, 30-minute window
 * and station; pickups are dispatched from those (src/pickups). A changed arrival is a new row:
 * its pickup, made for the old time or place, goes with the old one.
 */
@Injectable()
export class GuestTravelService {
  constructor(
    private readonly transactions: Transactions,
    private readonly trips: GuestTripStore,
    private readonly guests: GuestStore,
    private readonly editions: EditionStore,
    private readonly access: GuestAccess,
    private readonly audit: AuditService,
  ) {}

  /** A guest's travel, for the desk. */
  async ofGuest(guestId: number): Promise<GuestTravelDto> {
    const guest = await this.guests.require(guestId);
    return this.view(guest);
  }

  /** A guest's own travel, by the code and token of their personal link. */
  async ofInvited(code: string, token: string | undefined): Promise<GuestTravelDto> {
    return this.view(await this.access.invited(code, token));
  }

  /** The desk enters (or changes) a guest's arrival or departure. */
  async putForGuest(guestId: number, direction: string, body: TripRequest, actor: AuthenticatedAccount): Promise<GuestTravelDto> {
    return this.transactions.run(async (tx) => {
      const guest = await this.guests.require(guestId, tx);
      return this.put(guest, direction, body, actor, tx);
    });
  }

  /** The guest enters their own arrival or departure. */
  async putForInvited(code: string, token: string | undefined, direction: string, body: TripRequest): Promise<GuestTravelDto> {
    return this.transactions.run(async (tx) => {
      const guest = await this.access.invited(code, token, tx);
      return this.put(guest, direction, body, null, tx);
    });
  }

  async removeForGuest(guestId: number, direction: string, actor: AuthenticatedAccount): Promise<GuestTravelDto> {
    return this.transactions.run(async (tx) => {
      const guest = await this.guests.require(guestId, tx);
      const removed = await this.trips.remove(guest.id, this.direction(direction), tx);
      if (!removed) throw new NotFoundException({ message: TRAVEL_MESSAGES.noTrip({ direction: TRIP_DIRECTION.labels[this.direction(direction)].zh }) });
      await this.audit.record(tx, actor, { action: 'delete', entityType: 'guest_trip', entityId: removed.id, editionId: guest.editionId, before: removed });
      return this.view(guest, tx);
    });
  }

  /** The edition's trips (both directions), earliest first, with the guests' names. */
  async ofEdition(editionId: number): Promise<EditionTripDto[]> {
    const edition = await this.editions.require(editionId);
    const rows = await this.trips.ofEdition(editionId, undefined);
    return rows.map(({ trip, guest }) => ({ ...tripDto(trip, edition.timeZone), guestId: guest.id, guestName: guest.name }));
  }

  /** Arrivals by local day, then 30-minute window, then station. */
  async arrivals(editionId: number): Promise<ArrivalDayDto[]> {
    const edition = await this.editions.require(editionId);
    const rows = await this.trips.ofEdition(editionId, 'arrival');
    return groupArrivals(rows, (r) => r.trip, edition.timeZone).map(({ day, windows }) => ({
      day,
      windows: windows.map((w) => ({
        key: w.key,
        station: w.station,
        windowStart: zoned(w.windowStart, edition.timeZone),
        label: w.label,
        arrivals: w.items.map(({ trip, guest }) => {
          const dto = tripDto(trip, edition.timeZone);
          return { tripId: trip.id, guestId: guest.id, guestName: guest.name, mode: trip.mode, number: trip.number, at: dto.at, time: dto.time };
        }),
      })),
    }));
  }

  private async put(guest: Guest, directionTyped: string, body: TripRequest, actor: AuthenticatedAccount | null, tx: Tx): Promise<GuestTravelDto> {
    const direction = this.direction(directionTyped);
    const edition = await this.editions.require(guest.editionId, tx);
    const errors: Record<string, LocalText> = {};
    const scheduled = body.mode === 'flight' || body.mode === 'train';
    // By car there is no number; by other means, whatever the guest wrote.
    const number = body.mode === 'car' ? null : (body.number ?? null);
    if (scheduled && !number) errors.number = TRAVEL_MESSAGES.numberRequired();
    else if (scheduled && number && !TRIP_NUMBER.test(number)) errors.number = TRAVEL_MESSAGES.numberInvalid({ value: number.slice(0, 20) });
    if (Object.keys(errors).length) throw new BadRequestException({ message: fieldsRefused(errors), errors });
    const at = parseZonedInstant(body.at, edition.timeZone, 'at');
    const existing = await this.trips.ofGuest(guest.id, tx);
    const other = existing.find((t) => t.direction !== direction);
    const arrivalAt = direction === 'arrival' ? at : other?.at;
    const departureAt = direction === 'departure' ? at : other?.at;
    if (arrivalAt && departureAt && departureAt.getTime() < arrivalAt.getTime()) {
      const why = { at: TRAVEL_MESSAGES.departureBeforeArrival() };
      throw new BadRequestException({ message: fieldsRefused(why), errors: why });
    }
    const before = existing.find((t) => t.direction === direction) ?? null;
    const values = { editionId: guest.editionId, guestId: guest.id, direction, mode: body.mode, number, at, station: body.station };
    // Another time or place is another arrival: the old row goes, and with it any pickup made for it.
    if (before && (before.at.getTime() !== at.getTime() || before.station !== body.station)) await this.trips.remove(guest.id, direction, tx);
    const saved = await this.trips.put(values, tx);
    await this.audit.record(tx, actor, { action: before ? 'update' : 'create', entityType: 'guest_trip', entityId: saved.id, editionId: guest.editionId, before, after: saved });
    return this.view(guest, tx);
  }

  private direction(value: string): TripDirection {
    if ((TRIP_DIRECTIONS as readonly string[]).includes(value)) return value as TripDirection;
    const why = { direction: TRAVEL_MESSAGES.directionUnknown({ value: value.slice(0, 20) }) };
    throw new BadRequestException({ message: fieldsRefused(why), errors: why });
  }

  private async view(guest: Guest, tx?: Tx): Promise<GuestTravelDto> {
    const edition = await this.editions.require(guest.editionId, tx);
    const trips = await this.trips.ofGuest(guest.id, tx);
    const of = (direction: TripDirection) => {
      const trip = trips.find((t) => t.direction === direction);
      return trip ? tripDto(trip, edition.timeZone) : null;
    };
    return { guestId: guest.id, name: guest.name, editionTitle: edition.titleZh, timeZone: edition.timeZone, arrival: of('arrival'), departure: of('departure') };
  }
}

function zoned(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).toISO({ suppressMilliseconds: true })!;
}

export function tripDto(trip: GuestTrip, timeZone: string): TripDto {
  const local = DateTime.fromJSDate(trip.at, { zone: timeZone });
  return { id: trip.id, direction: trip.direction, mode: trip.mode, number: trip.number, at: local.toISO({ suppressMilliseconds: true })!, day: local.toISODate()!, time: local.toFormat('HH:mm'), station: trip.station };
}
