import { ConflictException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CredentialsService } from '../credentials/credentials.service';
import { TicketCodes } from '../credentials/ticket-codes';
import { Transactions } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import { GuestStore } from '../guests/guest.store';
import { RegistrationStore } from '../registrations/registration.store';
import { SeatStore } from '../seats/seat.store';
import { SessionStore } from '../sessions/session.store';
import { CheckInService } from './check-in.service';
import { CHECK_IN_MESSAGES } from './check-in-messages';
import { CheckInGate, CheckInStore } from './check-in.store';
import { CreateGateRequest, GateDto, SnapshotDto } from './dto/check-in.dto';

/** An offline snapshot's ticket: [registrationId, generation, code, name, organization, tierId, sessionIds admitted at this gate]. */
export type SnapshotTicket = [number, number, string, string, string, number, number[]];
/**
 * An offline snapshot's guest badge: [guestId, generation, name, organization, tierId, sessionIds
 * admitted at this gate, the invitation's code (typed at the door)]. The code came last, so a page
 * still holding an older snapshot reads the rest as before.
 */
export type SnapshotGuest = [number, number, string, string, number, number[], string];

/**
 * The gates of an edition, and each gate's offline snapshot: every ticket it may admit, signed
 * with the key that signs the tickets, so a device that lost the network keeps deciding — and
 * can tell its snapshot was not altered on the phone.
 */
@Injectable()
export class GatesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: CheckInStore,
    private readonly checkIn: CheckInService,
    private readonly editions: EditionStore,
    private readonly sessions: SessionStore,
    private readonly registrations: RegistrationStore,
    private readonly seats: SeatStore,
    private readonly credentials: CredentialsService,
    private readonly codes: TicketCodes,
    private readonly audit: AuditService,
    private readonly guests: GuestStore,
  ) {}

  edition(editionId: number) {
    return this.editions.require(editionId);
  }

  /** The edition's sessions in time order, to choose a gate's from. */
  async sessionsOf(editionId: number) {
    const sessions = await this.sessions.ofEdition(editionId);
    return sessions.sort((a, b) => (a.startsAt?.getTime() ?? 0) - (b.startsAt?.getTime() ?? 0) || a.id - b.id);
  }

  async gates(editionId: number): Promise<CheckInGate[]> {
    await this.editions.require(editionId);
    return this.store.gatesOf(editionId);
  }

  async create(editionId: number, request: CreateGateRequest, actor: AuthenticatedAccount): Promise<GateDto> {
    await this.editions.require(editionId);
    const sessionIds = request.sessionIds?.length ? [...new Set(request.sessionIds)] : null;
    if (sessionIds) {
      const found = new Map((await this.sessions.findMany(sessionIds)).map((s) => [s.id, s]));
      const stray = sessionIds.find((id) => found.get(id)?.editionId !== editionId);
      if (stray !== undefined) {
        throw new UnprocessableEntityException({ message: CHECK_IN_MESSAGES.sessionNotInEdition({ id: stray }), errors: { sessionIds: CHECK_IN_MESSAGES.sessionNotInEdition({ id: stray }) } });
      }
    }
    return this.transactions.run(async (tx) => {
      const gate = await this.store.saveGate({ editionId, name: request.name, sessionIds, zone: request.zone ?? null }, tx);
      await this.audit.record(tx, actor, { action: 'create', entityType: 'check_in_gate', entityId: gate.id, editionId, after: GateDto.from(gate) });
      return GateDto.from(gate);
    });
  }

  async remove(gateId: number, actor: AuthenticatedAccount): Promise<void> {
    const gate = await this.checkIn.requireGate(gateId);
    await this.transactions.run(async (tx) => {
      if (await this.store.gateUsed(gateId, tx)) throw new ConflictException({ message: CHECK_IN_MESSAGES.gateUsed({ name: gate.name }) });
      await this.store.deleteGate(gateId, tx);
      await this.audit.record(tx, actor, { action: 'delete', entityType: 'check_in_gate', entityId: gateId, editionId: gate.editionId, before: GateDto.from(gate) });
    });
  }

  /** The gate's snapshot: confirmed tickets it admits (current printing, credential, sessions), and who is in already. */
  async snapshot(gateId: number): Promise<SnapshotDto> {
    const gate = await this.checkIn.requireGate(gateId);
    const edition = await this.editions.require(gate.editionId);
    const registrations = (await this.registrations.ofEdition(gate.editionId)).filter((r) => r.status === 'confirmed' && !r.anonymizedAt);
    const holdings = await this.credentials.holdings(gate.editionId, registrations.map((r) => r.id));
    const tiers = await this.credentials.tiers(gate.editionId);
    const sessions = gate.sessionIds ? (await this.sessions.findMany(gate.sessionIds)).filter((s) => s.status !== 'cancelled') : [];
    sessions.sort((a, b) => (a.startsAt?.getTime() ?? 0) - (b.startsAt?.getTime() ?? 0) || a.id - b.id);
    const seated = new Map<number, number[]>();
    if (gate.sessionIds) {
      const open = new Set(sessions.map((s) => s.id));
      for (const seat of await this.seats.seatsIn(sessions.map((s) => s.id))) {
        if (seat.status !== 'confirmed' || !open.has(seat.sessionId)) continue;
        seated.set(seat.registrationId, [...(seated.get(seat.registrationId) ?? []), seat.sessionId]);
      }
    }
    const order = new Map(sessions.map((s, i) => [s.id, i]));
    const tickets: SnapshotTicket[] = [];
    for (const registration of edition.status === 'cancelled' ? [] : registrations) {
      const { tier, generation } = holdings.get(registration.id)!;
      if (gate.zone && tier.zones && !tier.zones.includes(gate.zone)) continue;
      let admits: number[] = [];
      if (gate.sessionIds) {
        admits = (seated.get(registration.id) ?? []).filter((id) => !tier.sessionIds || tier.sessionIds.includes(id)).sort((a, b) => order.get(a)! - order.get(b)!);
        if (!admits.length) continue;
      }
      tickets.push([registration.id, generation, registration.code, registration.name, registration.organization ?? '', tier.id, admits]);
    }
    const guests = edition.status === 'cancelled' ? [] : await this.guestsAt(gate, sessions.map((s) => s.id));
    const gates = new Map((await this.store.gatesOf(gate.editionId)).map((g) => [g.id, g.name]));
    const admissions = await this.store.admissionsOfEdition(gate.editionId);
    const admittedRow = (a: (typeof admissions)[number], id: number) => [id, a.admission, a.scannedAt.toISOString(), gates.get(a.gateId) ?? '', a.staffName ?? a.deviceId];
    const admitted = admissions.filter((a) => a.registrationId !== null).map((a) => admittedRow(a, a.registrationId!));
    const admittedGuests = admissions.filter((a) => a.guestId !== null).map((a) => admittedRow(a, a.guestId!));
    const payload = JSON.stringify({
      v: 1,
      editionId: gate.editionId,
      issuedAt: new Date().toISOString(),
      gate: GateDto.from(gate),
      tiers: tiers.map((t) => [t.id, t.name, t.nameEn, t.color]),
      sessions: sessions.map((s) => [s.id, s.titleZh, s.titleEn]),
      tickets,
      admitted,
      guests,
      admittedGuests,
    });
    return { payload, signature: await this.codes.signBytes(Buffer.from(payload, 'utf8')), publicKey: await this.codes.publicKey() };
  }

  /**
   * The invited guests the gate admits, by the door's rules: not declined, the tier of their
   * category admitting to the gate's zone, and at a gate of chosen sessions those (open, in the
   * given order) they are invited to and the tier admits to.
   */
  private async guestsAt(gate: CheckInGate, openSessions: number[]): Promise<SnapshotGuest[]> {
    const guests = (await this.guests.ofEdition(gate.editionId)).filter((g) => g.reply !== 'declined' && !g.anonymizedAt);
    const holdings = await this.credentials.guestHoldings(gate.editionId, guests);
    const invited = gate.sessionIds ? await this.guests.invitationsOf(guests.map((g) => g.id)) : new Map<number, number[]>();
    const out: SnapshotGuest[] = [];
    for (const guest of guests) {
      const { tier, generation } = holdings.get(guest.id)!;
      if (gate.zone && tier.zones && !tier.zones.includes(gate.zone)) continue;
      let admits: number[] = [];
      if (gate.sessionIds) {
        const theirs = new Set(invited.get(guest.id) ?? []);
        admits = openSessions.filter((id) => theirs.has(id) && (!tier.sessionIds || tier.sessionIds.includes(id)));
        if (!admits.length) continue;
      }
      // A deputy the organizers approved comes in the guest's place (as the door answers).
      const deputy = guest.reply === 'deputy' && guest.deputyState === 'approved' && guest.deputyName;
      out.push([guest.id, generation, deputy ? guest.deputyName! : guest.name, guest.organization ?? '', tier.id, admits, guest.code]);
    }
    return out;
  }
}
