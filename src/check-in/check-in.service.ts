import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import type { LocalText } from '../common/i18n/local-text';
import { CredentialsService, Holding } from '../credentials/credentials.service';
import { TicketCodes } from '../credentials/ticket-codes';
import { Transactions } from '../database/transactions';
import { isDuplicateKey } from '../database/duplicate-key';
import type { Registration } from '../registrations/registration.store';
import { RegistrationStore } from '../registrations/registration.store';
import { SeatStore } from '../seats/seat.store';
import { SessionStore } from '../sessions/session.store';
import { CheckInEvents } from './check-in-events';
import { CHECK_IN_MESSAGES } from './check-in-messages';
import { CheckIn, CheckInGate, CheckInStore } from './check-in.store';
import { FirstScanDto, ScanAnswerDto, ScanItem, ScanOutcome } from './dto/check-in.dto';
import { readCode } from './scan-codes';

/** A scope a ticket may be admitted into at a gate: the edition (`e`) or one session (`s<id>`). */
interface Scope {
  admission: string;
  sessionId: number | null;
  title: string | null;
}

type Judged =
  | { admit: false; outcome: Exclude<ScanOutcome, 'admitted' | 'already'>; message: LocalText; registration?: Registration; holding?: Holding }
  | { admit: true; registration: Registration; holding: Holding; scopes: Scope[] };

export interface Scan extends ScanItem {
  deviceId: string;
}

/**
 * A scan at a gate: is this ticket (still) valid, for this gate's sessions and for its holder's
 * credential, and was it admitted already? The admission is a row whose scope is unique per
 * registration, so concurrent gates, devices and servers admit a ticket once; the first by scan
 * time keeps it, every other scan is kept as a duplicate for the supervisor (none is dropped).
 */
@Injectable()
export class CheckInService {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: CheckInStore,
    private readonly registrations: RegistrationStore,
    private readonly credentials: CredentialsService,
    private readonly codes: TicketCodes,
    private readonly seats: SeatStore,
    private readonly sessions: SessionStore,
    private readonly events: CheckInEvents,
  ) {}

  async requireGate(gateId: number): Promise<CheckInGate> {
    const gate = await this.store.gate(gateId);
    if (!gate) throw new NotFoundException({ message: CHECK_IN_MESSAGES.gateNotFound({ id: gateId }) });
    return gate;
  }

  async scan(gateId: number, scan: Scan, staff: AuthenticatedAccount | null): Promise<ScanAnswerDto> {
    const gate = await this.requireGate(gateId);
    const answer = await this.scanAt(gate, scan, staff, false);
    if (answer.checkInId !== null) this.events.changed(gate.editionId);
    return answer;
  }

  /** Scans an offline device queued, oldest first (so its own order holds), each answered as if live. */
  async sync(gateId: number, deviceId: string, scans: ScanItem[], staff: AuthenticatedAccount | null): Promise<ScanAnswerDto[]> {
    const gate = await this.requireGate(gateId);
    const order = scans.map((scan, i) => ({ scan, i })).sort((a, b) => (a.scan.scannedAt ?? '').localeCompare(b.scan.scannedAt ?? '') || a.i - b.i);
    const answers: ScanAnswerDto[] = new Array<ScanAnswerDto>(scans.length);
    for (const { scan, i } of order) answers[i] = await this.scanAt(gate, { ...scan, deviceId }, staff, true);
    this.events.changed(gate.editionId);
    return answers;
  }

  private async scanAt(gate: CheckInGate, scan: Scan, staff: AuthenticatedAccount | null, offline: boolean): Promise<ScanAnswerDto> {
    const replay = await this.store.byDeviceScan(scan.deviceId, scan.clientScanId);
    if (replay) return this.replay(gate, replay, scan.clientScanId);
    const judged = await this.judge(gate, scan.code);
    if (!judged.admit) return refusal(judged, scan.clientScanId);
    const now = new Date();
    const given = scan.scannedAt ? new Date(scan.scannedAt) : now;
    // A device clock ahead of ours cannot make a scan later than its arrival.
    const scannedAt = given > now ? now : given;
    const admissions = new Map((await this.store.admissionsOf(judged.registration.id)).map((a) => [a.admission!, a]));
    const scope = judged.scopes.find((s) => !admissions.has(s.admission)) ?? judged.scopes[0];
    const row = {
      editionId: gate.editionId,
      gateId: gate.id,
      registrationId: judged.registration.id,
      sessionId: scope.sessionId,
      scannedAt,
      receivedAt: now,
      // Let in without the server's word: a duplicate of it means someone entered twice.
      offline: offline && scan.admittedOffline !== false,
      deviceId: scan.deviceId,
      clientScanId: scan.clientScanId,
      staffAccountId: staff?.id ?? null,
      staffName: staff?.email ?? null,
    };
    const existing = admissions.get(scope.admission);
    if (!existing) {
      try {
        const id = await this.store.insert({ ...row, admission: scope.admission, outcome: 'admitted', firstCheckInId: null });
        await this.registrations.checkIn(this.transactions.none, judged.registration.id, scannedAt);
        return this.admitted(judged, scope, id, scan.clientScanId);
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        // Another gate or device got there in between, or this very scan was sent twice at once.
        const again = await this.store.byDeviceScan(scan.deviceId, scan.clientScanId);
        if (again) return this.replay(gate, again, scan.clientScanId);
      }
    }
    return this.second(gate, judged, scope, row, scan.clientScanId, offline);
  }

  /**
   * The scope is held already. A scan made earlier than the kept one (an offline device syncing
   * late) takes the admission over and the other becomes the duplicate; otherwise this one is.
   */
  private async second(gate: CheckInGate, judged: Extract<Judged, { admit: true }>, scope: Scope, row: Omit<CheckIn, 'id' | 'gate' | 'registration' | 'admission' | 'outcome' | 'firstCheckInId'>, clientScanId: string, synced: boolean): Promise<ScanAnswerDto> {
    const outcome = await this.transactions.run(
      async (tx) => {
        const kept = await this.store.admissionIn(judged.registration.id, scope.admission, tx);
        const id = await this.store.insert({ ...row, admission: null, outcome: 'duplicate', firstCheckInId: kept?.id ?? null }, tx);
        if (!kept) {
          // The scope came free meanwhile (its holder was taken over and moved): hold it now.
          await this.store.admit(id, scope.admission, tx);
          return { id, first: null };
        }
        // Only a synced scan takes over: the device let the holder in already. A live scan that lost
        // the race to another gate was never answered `admitted`, and must not be (the other gate was).
        if (synced && kept.scannedAt > row.scannedAt && (await this.store.demote(kept.id, scope.admission, row.scannedAt, id, tx))) {
          await this.store.repointDuplicates(kept.id, id, tx);
          await this.store.admit(id, scope.admission, tx);
          return { id, first: null };
        }
        return { id, first: kept };
      },
      { readCommitted: true, retry: true },
    );
    if (!outcome.first) return this.admitted(judged, scope, outcome.id, clientScanId);
    return this.already(gate, judged, scope, outcome.first, outcome.id, clientScanId);
  }

  /** The ticket, its holder's credential and the scopes the gate could admit it into; or why not. */
  private async judge(gate: CheckInGate, raw: string): Promise<Judged> {
    const read = readCode(raw);
    let registration: Registration | null = null;
    let generation: number | null = null;
    if (read.kind === 'signed') {
      const claims = await this.codes.verify(read.code);
      if (claims) {
        if (claims.editionId !== gate.editionId) return { admit: false, outcome: 'unknown', message: CHECK_IN_MESSAGES.otherEdition() };
        registration = await this.registrations.byId(claims.registrationId);
        generation = claims.generation;
      }
    } else if (read.kind === 'registration') {
      registration = await this.registrations.byCode(read.code);
    }
    if (!registration || registration.anonymizedAt) return { admit: false, outcome: 'unknown', message: CHECK_IN_MESSAGES.unknown() };
    if (registration.editionId !== gate.editionId) return { admit: false, outcome: 'unknown', message: CHECK_IN_MESSAGES.otherEdition() };
    const holding = await this.credentials.holding(registration);
    const known = { registration, holding };
    if (generation !== null && generation < holding.generation) return { admit: false, outcome: 'replaced', message: CHECK_IN_MESSAGES.replaced(), ...known };
    if (registration.status === 'cancelled' || registration.status === 'rejected') return { admit: false, outcome: 'cancelled', message: CHECK_IN_MESSAGES.cancelled(), ...known };
    if (registration.status !== 'confirmed') return { admit: false, outcome: 'not_confirmed', message: CHECK_IN_MESSAGES.notConfirmed(), ...known };
    const tier = holding.tier;
    if (gate.zone && tier.zones && !tier.zones.includes(gate.zone)) {
      return { admit: false, outcome: 'wrong_session', message: CHECK_IN_MESSAGES.wrongZone({ tier: tier.name, zone: gate.zone }), ...known };
    }
    if (!gate.sessionIds) return { admit: true, ...known, scopes: [{ admission: 'e', sessionId: null, title: null }] };
    const gateSessions = new Set(gate.sessionIds);
    const seated = (await this.seats.heldBy(registration.id))
      .filter((seat) => seat.status === 'confirmed' && gateSessions.has(seat.sessionId) && (!tier.sessionIds || tier.sessionIds.includes(seat.sessionId)))
      .map((seat) => seat.sessionId);
    const sessions = seated.length ? (await this.sessions.findMany(seated)).filter((s) => s.status !== 'cancelled') : [];
    if (!sessions.length) return { admit: false, outcome: 'wrong_session', message: CHECK_IN_MESSAGES.wrongSession(), ...known };
    sessions.sort((a, b) => (a.startsAt?.getTime() ?? 0) - (b.startsAt?.getTime() ?? 0) || a.id - b.id);
    return { admit: true, ...known, scopes: sessions.map((s) => ({ admission: `s${s.id}`, sessionId: s.id, title: s.titleZh })) };
  }

  private admitted(judged: Extract<Judged, { admit: true }>, scope: Scope, id: number, clientScanId: string): ScanAnswerDto {
    return { ...person(judged.registration, judged.holding), outcome: 'admitted', message: CHECK_IN_MESSAGES.admitted(), session: scope.title, first: null, checkInId: id, clientScanId };
  }

  private async already(gate: CheckInGate, judged: Extract<Judged, { admit: true }>, scope: Scope, first: CheckIn, id: number, clientScanId: string): Promise<ScanAnswerDto> {
    const firstScan = await this.firstScan(gate, first);
    return {
      ...person(judged.registration, judged.holding),
      outcome: 'already',
      message: CHECK_IN_MESSAGES.already({ at: firstScan.at, gate: firstScan.gate, by: firstScan.by }),
      session: scope.title,
      first: firstScan,
      checkInId: id,
      clientScanId,
    };
  }

  async firstScan(gate: CheckInGate, first: CheckIn): Promise<FirstScanDto> {
    const firstGate = first.gateId === gate.id ? gate : await this.store.gate(first.gateId);
    return { at: first.scannedAt.toISOString(), gate: firstGate?.name ?? String(first.gateId), by: first.staffName ?? first.deviceId };
  }

  /** A scan sent again (a retried sync): the answer it got, as things stand now. */
  private async replay(gate: CheckInGate, row: CheckIn, clientScanId: string): Promise<ScanAnswerDto> {
    const registration = (await this.registrations.byId(row.registrationId))!;
    const holding = await this.credentials.holding(registration);
    const title = row.sessionId ? ((await this.sessions.find(row.sessionId))?.titleZh ?? null) : null;
    const scope: Scope = { admission: row.sessionId ? `s${row.sessionId}` : 'e', sessionId: row.sessionId, title };
    const judged = { admit: true as const, registration, holding, scopes: [scope] };
    if (row.admission) return this.admitted(judged, scope, row.id, clientScanId);
    const first = row.firstCheckInId ? await this.store.byId(row.firstCheckInId) : null;
    if (!first) return this.admitted(judged, scope, row.id, clientScanId);
    return this.already(gate, judged, scope, first, row.id, clientScanId);
  }
}

function person(registration: Registration, holding: Holding) {
  return {
    name: registration.name,
    organization: registration.organization,
    title: registration.title,
    code: registration.code,
    credential: { name: holding.tier.name, nameEn: holding.tier.nameEn, color: holding.tier.color },
  };
}

function refusal(judged: Extract<Judged, { admit: false }>, clientScanId: string): ScanAnswerDto {
  const known = judged.registration && judged.holding ? person(judged.registration, judged.holding) : { name: null, organization: null, title: null, code: null, credential: null };
  return { ...known, outcome: judged.outcome, message: judged.message, session: null, first: null, checkInId: null, clientScanId };
}
