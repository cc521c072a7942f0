import { createHash } from 'node:crypto';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { fieldsRefused } from '../common/i18n/field-labels';
import type { LocalText } from '../common/i18n/local-text';
import { Transactions, type Tx } from '../database/transactions';
import { type Edition, EditionStore } from '../editions/edition.store';
import { groupArrivals, messageTime, windowLabel, windowStartOf } from '../guest-travel/arrival-windows';
import { type TripWithGuest, GuestTripStore } from '../guest-travel/guest-trip.store';
import { guestChannels, guestRecipient } from '../guests/guest-notices';
import { guestMessageKey } from '../guests/guest-notifications';
import { smsNumber } from '../notifications/channels/sms/phone-number';
import { OutboxStore } from '../notifications/outbox.store';
import { AssignRequest, AutoDispatchDto, DispatchBoardDto, VehicleDto, VehicleRequest } from './dto/pickup.dto';
import { PICKUP_MESSAGES } from './pickup-messages';
import { type PickupAssignment, type PickupVehicle, PickupStore } from './pickup.store';

/** Everything a dispatch decision reads, under the edition's lock. */
interface Snapshot {
  edition: Edition;
  vehicles: PickupVehicle[];
  arrivals: (TripWithGuest & { windowStart: Date })[];
  assignments: Map<number, PickupAssignment>;
}

/** A vehicle's run: the arrivals it meets at one station in one 30-minute window. */
interface Run {
  vehicle: PickupVehicle;
  windowStart: Date;
  station: string;
  meetingPoint: string;
  trips: (TripWithGuest & { windowStart: Date })[];
}

const runKey = (vehicleId: number, windowStart: Date) => `${vehicleId}|${windowStart.toISOString()}`;
const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/**
 * Pickups: the edition's vehicles and drivers, and the dispatch board that gives each arrival
 * a vehicle. A vehicle meets one station per 30-minute window and never more guests than its
 * seats (checked under the edition's lock). Every change is announced in the same transaction:
 * the guest is told the plate, the driver's phone and the meeting point; the driver the guests,
 * their times and the meeting point — again whenever that changes.
 */
@Injectable()
export class PickupsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly pickups: PickupStore,
    private readonly trips: GuestTripStore,
    private readonly editions: EditionStore,
    private readonly outbox: OutboxStore,
    private readonly audit: AuditService,
  ) {}

  async vehicles(editionId: number): Promise<VehicleDto[]> {
    await this.editions.require(editionId);
    return (await this.pickups.vehicles(editionId)).map(vehicleDto);
  }

  async addVehicle(editionId: number, body: VehicleRequest, actor: AuthenticatedAccount): Promise<VehicleDto> {
    return this.transactions.run(async (tx) => {
      await this.editions.lock(editionId, tx);
      const values = await this.checkVehicle(editionId, body, null, tx);
      const saved = await this.pickups.insertVehicle({ editionId, ...values }, tx);
      await this.audit.record(tx, actor, { action: 'create', entityType: 'pickup_vehicle', entityId: saved.id, editionId, after: saved });
      return vehicleDto(saved);
    });
  }

  /** Changing a vehicle (plate, driver) tells its guests and driver again; fewer seats than a run holds is refused. */
  async changeVehicle(editionId: number, vehicleId: number, body: VehicleRequest, actor: AuthenticatedAccount): Promise<VehicleDto> {
    return this.transactions.run(async (tx) => {
      const before = await this.snapshot(editionId, tx);
      const vehicle = this.vehicleOf(before, vehicleId);
      const values = await this.checkVehicle(editionId, body, vehicleId, tx);
      for (const run of this.runs(before).values()) {
        if (run.vehicle.id === vehicleId && run.trips.length > values.seats) {
          throw new ConflictException({ message: PICKUP_MESSAGES.seatsBelowRun({ plate: vehicle.plate, window: this.windowWords(run, before.edition), count: run.trips.length }) });
        }
      }
      const saved = await this.pickups.updateVehicle(vehicleId, values, tx);
      await this.announce(before, await this.snapshot(editionId, tx), tx);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'pickup_vehicle', entityId: vehicleId, editionId, before: vehicle, after: saved });
      return vehicleDto(saved);
    });
  }

  async removeVehicle(editionId: number, vehicleId: number, actor: AuthenticatedAccount): Promise<void> {
    await this.transactions.run(async (tx) => {
      const before = await this.snapshot(editionId, tx);
      const vehicle = this.vehicleOf(before, vehicleId);
      const count = [...before.assignments.values()].filter((a) => a.vehicleId === vehicleId).length;
      if (count) throw new ConflictException({ message: PICKUP_MESSAGES.vehicleInUse({ plate: vehicle.plate, count }) });
      await this.pickups.deleteVehicle(vehicleId, tx);
      await this.audit.record(tx, actor, { action: 'delete', entityType: 'pickup_vehicle', entityId: vehicleId, editionId, before: vehicle });
    });
  }

  /** The dispatch board: arrivals by day, window and station, each with its vehicle, and the runs with their seats taken. */
  async board(editionId: number): Promise<DispatchBoardDto> {
    return this.boardOf(await this.snapshot(editionId, undefined));
  }

  /**
   * Gives the arrivals to a vehicle (or takes them off any, with `vehicleId: null`). Each
   * window's arrivals join the vehicle's run there: refused if the vehicle meets another
   * station then, or if the run would hold more guests than seats. A meeting point given
   * applies to the whole run.
   */
  async assign(editionId: number, body: AssignRequest, actor: AuthenticatedAccount): Promise<DispatchBoardDto> {
    return this.transactions.run(async (tx) => {
      const before = await this.snapshot(editionId, tx);
      const byId = new Map(before.arrivals.map((a) => [a.trip.id, a]));
      const missing = body.tripIds.find((id) => !byId.has(id));
      if (missing !== undefined) this.refuse({ tripIds: PICKUP_MESSAGES.tripNotArrival({ id: missing }) });
      const chosen = [...new Set(body.tripIds)].map((id) => byId.get(id)!);
      if (body.vehicleId === null) {
        await this.pickups.unassign(chosen.map((c) => c.trip.id), tx);
      } else {
        const vehicle = before.vehicles.find((v) => v.id === body.vehicleId);
        if (!vehicle) this.refuse({ vehicleId: PICKUP_MESSAGES.vehicleNotFound({ id: body.vehicleId }) });
        const runs = this.runs(before);
        const perWindow = new Map<string, typeof chosen>();
        for (const c of chosen) perWindow.set(c.windowStart.toISOString(), [...(perWindow.get(c.windowStart.toISOString()) ?? []), c]);
        for (const group of perWindow.values()) {
          const windowStart = group[0].windowStart;
          const run = runs.get(runKey(vehicle!.id, windowStart));
          const station = run?.station ?? group[0].trip.station;
          const elsewhere = group.find((c) => c.trip.station !== station);
          if (elsewhere) throw new ConflictException({ message: PICKUP_MESSAGES.vehicleBusy({ plate: vehicle!.plate, station, window: this.windowWords({ windowStart }, before.edition) }) });
          const kept = (run?.trips ?? []).filter((t) => !group.some((c) => c.trip.id === t.trip.id));
          if (kept.length + group.length > vehicle!.seats) {
            throw new ConflictException({ message: PICKUP_MESSAGES.overCapacity({ plate: vehicle!.plate, seats: vehicle!.seats, station, count: kept.length, window: this.windowWords({ windowStart }, before.edition) }) });
          }
          const meetingPoint = body.meetingPoint ?? run?.meetingPoint ?? PICKUP_MESSAGES.defaultMeetingPoint({ station }).zh;
          await this.pickups.assign(editionId, [...kept, ...group].map((t) => ({ tripId: t.trip.id, windowStart })), vehicle!.id, meetingPoint, tx);
        }
      }
      const after = await this.snapshot(editionId, tx);
      await this.announce(before, after, tx);
      await this.audit.record(tx, actor, { action: 'assign', entityType: 'pickup_assignment', entityId: null, editionId, after: body });
      return this.boardOf(after);
    });
  }

  /**
   * The suggestion: every arrival without a vehicle gets one, window by window: first the seats
   * left in vehicles already meeting that station then, then free vehicles, the smallest that
   * takes the rest (or the largest, and again). The desk changes any of it afterwards.
   */
  async autoAssign(editionId: number, actor: AuthenticatedAccount): Promise<AutoDispatchDto> {
    return this.transactions.run(async (tx) => {
      const before = await this.snapshot(editionId, tx);
      const runs = this.runs(before);
      let assigned = 0;
      const used = new Map<string, Set<number>>();
      const windows = groupArrivals(before.arrivals, (a) => a.trip, before.edition.timeZone).flatMap((d) => d.windows);
      for (const group of windows) {
        let waiting = group.items.filter((a) => !before.assignments.has(a.trip.id));
        if (waiting.length === 0) continue;
        const here = [...runs.values()].filter((r) => r.windowStart.getTime() === group.windowStart.getTime() && r.station === group.station);
        // Vehicles already meeting any station in this window, including those just planned for another station.
        const windowKey = group.windowStart.toISOString();
        const busy = used.get(windowKey) ?? new Set([...runs.values()].filter((r) => r.windowStart.getTime() === group.windowStart.getTime()).map((r) => r.vehicle.id));
        used.set(windowKey, busy);
        const free = before.vehicles.filter((v) => !busy.has(v.id));
        const plan = new Map<number, { vehicle: PickupVehicle; meetingPoint: string; trips: typeof waiting }>();
        for (const run of here) {
          const room = run.vehicle.seats - run.trips.length;
          if (room <= 0 || waiting.length === 0) continue;
          plan.set(run.vehicle.id, { vehicle: run.vehicle, meetingPoint: run.meetingPoint, trips: [...run.trips, ...waiting.slice(0, room)] });
          waiting = waiting.slice(room);
        }
        while (waiting.length && free.length) {
          free.sort((a, b) => a.seats - b.seats || a.id - b.id);
          const vehicle = free.find((v) => v.seats >= waiting.length) ?? free[free.length - 1];
          free.splice(free.indexOf(vehicle), 1);
          busy.add(vehicle.id);
          plan.set(vehicle.id, { vehicle, meetingPoint: PICKUP_MESSAGES.defaultMeetingPoint({ station: group.station }).zh, trips: waiting.slice(0, vehicle.seats) });
          waiting = waiting.slice(vehicle.seats);
        }
        for (const p of plan.values()) {
          const rows = p.trips.map((t) => ({ tripId: t.trip.id, windowStart: group.windowStart }));
          assigned += rows.filter((r) => !before.assignments.has(r.tripId)).length;
          await this.pickups.assign(editionId, rows, p.vehicle.id, p.meetingPoint, tx);
        }
      }
      const after = await this.snapshot(editionId, tx);
      await this.announce(before, after, tx);
      await this.audit.record(tx, actor, { action: 'auto_assign', entityType: 'pickup_assignment', entityId: null, editionId, after: { assigned } });
      return { ...this.boardOf(after), assigned };
    });
  }

  // --- reading ---

  private async snapshot(editionId: number, tx: Tx | undefined): Promise<Snapshot> {
    const edition = tx ? await this.editions.lock(editionId, tx) : await this.editions.require(editionId);
    const vehicles = await this.pickups.vehicles(editionId, tx);
    const trips = await this.trips.ofEdition(editionId, 'arrival', tx);
    const assignments = await this.pickups.assignments(editionId, tx);
    return {
      edition,
      vehicles,
      arrivals: trips.map((t) => ({ ...t, windowStart: windowStartOf(t.trip.at, edition.timeZone) })),
      assignments: new Map(assignments.map((a) => [a.tripId, a])),
    };
  }

  private runs(s: Snapshot): Map<string, Run> {
    const runs = new Map<string, Run>();
    for (const arrival of s.arrivals) {
      const a = s.assignments.get(arrival.trip.id);
      const vehicle = a && s.vehicles.find((v) => v.id === a.vehicleId);
      if (!a || !vehicle) continue;
      const key = runKey(vehicle.id, a.windowStart);
      let run = runs.get(key);
      if (!run) runs.set(key, (run = { vehicle, windowStart: a.windowStart, station: arrival.trip.station, meetingPoint: a.meetingPoint, trips: [] }));
      run.trips.push(arrival);
    }
    return runs;
  }

  private boardOf(s: Snapshot): DispatchBoardDto {
    const zone = s.edition.timeZone;
    const runs = [...this.runs(s).values()];
    const days = groupArrivals(s.arrivals, (a) => a.trip, zone).map(({ day, windows }) => ({
      day,
      groups: windows.map((w) => {
        const arrivals = w.items.map(({ trip, guest }) => {
          const a = s.assignments.get(trip.id);
          const vehicle = a ? s.vehicles.find((v) => v.id === a.vehicleId) : undefined;
          const local = DateTime.fromJSDate(trip.at, { zone });
          return { tripId: trip.id, guestId: guest.id, guestName: guest.name, mode: trip.mode, number: trip.number, at: local.toISO({ suppressMilliseconds: true })!, time: local.toFormat('HH:mm'), vehicleId: vehicle?.id ?? null, plate: vehicle?.plate ?? null, meetingPoint: a?.meetingPoint ?? null };
        });
        return {
          key: w.key,
          station: w.station,
          windowStart: DateTime.fromJSDate(w.windowStart, { zone }).toISO({ suppressMilliseconds: true })!,
          label: w.label,
          arrivals,
          runs: runs
            .filter((r) => r.station === w.station && r.windowStart.getTime() === w.windowStart.getTime())
            .map((r) => ({ vehicleId: r.vehicle.id, plate: r.vehicle.plate, seats: r.vehicle.seats, taken: r.trips.length, meetingPoint: r.meetingPoint })),
          unassigned: arrivals.filter((a) => a.vehicleId === null).length,
        };
      }),
    }));
    return { vehicles: s.vehicles.map(vehicleDto), days, arrivals: s.arrivals.length, unassigned: s.arrivals.filter((a) => !s.assignments.has(a.trip.id)).length };
  }

  // --- announcing ---

  /**
   * Tells whoever's pickup changed between two snapshots: a guest whose vehicle, driver or
   * meeting point is new (e-mail and SMS, where they have them), and a driver whose run's
   * guests, times or meeting point are new (SMS). Keys carry the moment, so changing back
   * and forth tells them each time.
   */
  private async announce(before: Snapshot, after: Snapshot, tx: Tx): Promise<void> {
    const zone = after.edition.timeZone;
    const now = Date.now();
    const guestSig = (s: Snapshot, tripId: number) => {
      const a = s.assignments.get(tripId);
      const v = a && s.vehicles.find((x) => x.id === a.vehicleId);
      return a && v ? `${v.id}|${v.plate}|${v.driverName}|${v.driverPhone}|${a.meetingPoint}` : null;
    };
    for (const arrival of after.arrivals) {
      const now_ = guestSig(after, arrival.trip.id);
      if (!now_ || now_ === guestSig(before, arrival.trip.id)) continue;
      const a = after.assignments.get(arrival.trip.id)!;
      const v = after.vehicles.find((x) => x.id === a.vehicleId)!;
      const params = { name: arrival.guest.name, time: messageTime(arrival.trip.at, zone), meetingPoint: a.meetingPoint, plate: v.plate, driverName: v.driverName, driverPhone: phoneWords(v.driverPhone) };
      for (const channel of guestChannels(arrival.guest)) {
        await this.outbox.enqueue(tx, {
          kind: 'pickup_guest',
          dedupeKey: guestMessageKey(after.edition.id, arrival.guest.id, `pickup:${arrival.trip.id}:${digest(now_)}:${now}:${channel}`),
          registrationId: null,
          recipient: guestRecipient(arrival.guest),
          template: 'pickup_guest',
          params,
          channel,
        });
      }
    }
    const runSig = (r: Run) => `${r.vehicle.plate}|${r.vehicle.driverName}|${r.vehicle.driverPhone}|${r.meetingPoint}|${r.trips.map((t) => `${t.trip.id}@${t.trip.at.getTime()}`).join(',')}`;
    const old = this.runs(before);
    for (const [key, run] of this.runs(after)) {
      const was = old.get(key);
      if (was && runSig(was) === runSig(run)) continue;
      if (!run.vehicle.driverPhone) continue;
      const sorted = [...run.trips].sort((x, y) => x.trip.at.getTime() - y.trip.at.getTime());
      const guests = sorted.map((t) => `${t.guest.name}（${DateTime.fromJSDate(t.trip.at, { zone }).toFormat('HH:mm')}${t.trip.number ? ` ${t.trip.number}` : ''}）`).join('、');
      await this.outbox.enqueue(tx, {
        kind: 'pickup_driver',
        // Under the edition's guest prefix: it names guests, so the purge forgets it with theirs.
        dedupeKey: `guest:${after.edition.id}:driver:${run.vehicle.id}:${run.windowStart.getTime()}:${digest(runSig(run))}:${now}`,
        registrationId: null,
        recipient: { name: run.vehicle.driverName, phone: run.vehicle.driverPhone, language: 'zh' },
        template: 'pickup_driver',
        params: { driverName: run.vehicle.driverName, time: messageTime(sorted[0].trip.at, zone), meetingPoint: run.meetingPoint, plate: run.vehicle.plate, guests, guestCount: sorted.length },
        channel: 'sms',
      });
    }
  }

  // --- checks ---

  private async checkVehicle(editionId: number, body: VehicleRequest, vehicleId: number | null, tx: Tx) {
    const driverPhone = smsNumber(body.driverPhone);
    if (!driverPhone) this.refuse({ driverPhone: PICKUP_MESSAGES.phoneInvalid({ value: body.driverPhone.slice(0, 40) }) });
    const same = await this.pickups.byPlate(editionId, body.plate, tx);
    if (same && same.id !== vehicleId) this.refuse({ plate: PICKUP_MESSAGES.plateTaken({ plate: body.plate }) }, 409);
    return { plate: body.plate, seats: body.seats, driverName: body.driverName, driverPhone };
  }

  private vehicleOf(s: Snapshot, vehicleId: number): PickupVehicle {
    const vehicle = s.vehicles.find((v) => v.id === vehicleId);
    if (!vehicle) throw new NotFoundException({ message: PICKUP_MESSAGES.vehicleNotFound({ id: vehicleId }) });
    return vehicle;
  }

  private windowWords(run: { windowStart: Date }, edition: Edition): string {
    const { day, label } = windowLabel(run.windowStart, edition.timeZone);
    return `${day} ${label}`;
  }

  private refuse(errors: Record<string, LocalText>, status: 400 | 409 = 400): never {
    const body = { message: fieldsRefused(errors), errors };
    throw status === 409 ? new ConflictException(body) : new BadRequestException(body);
  }
}

function vehicleDto(v: PickupVehicle): VehicleDto {
  return { id: v.id, plate: v.plate, seats: v.seats, driverName: v.driverName, driverPhone: v.driverPhone };
}

/** A phone as a guest reads it: mainland numbers without +86. */
function phoneWords(e164: string | null): string {
  if (!e164) return '';
  return e164.startsWith('+86') ? e164.slice(3) : e164;
}
