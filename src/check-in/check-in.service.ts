import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import type { LocalText } from '../common/i18n/local-text';
import { CredentialsService } from '../credentials/credentials.service';
import { GuestClaims, TicketClaims, TicketCodes } from '../credentials/ticket-codes';
import { Transactions } from '../database/transactions';
import { isDuplicateKey } from '../database/duplicate-key';
import { CHINA_CLOCK, instantText } from '../common/i18n/instant-text';
import { retryTransient } from '../common/transient-failure';
import type { Guest } from '../guests/guest.store';
import { GuestStore } from '../guests/guest.store';
import { RegistrationStore } from '../registrations/registration.store';
import { SessionStore } from '../sessions/session.store';
import { EditionStore } from '../editions/edition.store';
import { CheckInEvents } from './check-in-events';
import { CHECK_IN_MESSAGES } from './check-in-messages';
import { CheckIn, CheckInGate, CheckInStore, DoorGuest, DoorKey, DoorRead, DoorSession, DoorTier, HolderKey, isRepeatedScan, KeptAdmission } from './check-in.store';
import { FirstScanDto, ScanAnswerDto, ScanItem, ScanOutcome } from './dto/check-in.dto';
import { readCode } from './scan-codes';

/** A scope a ticket may be admitted into at a gate: the edition (`e`) or one session (`s<id>`). */
interface Scope {
  admission: string;
  sessionId: number | null;
  title: string | null;
}

/** A gate as a refusal names it; an admission's comes with its edition's clock (the door read's). */
type Gate = Omit<DoorRead['gate'], 'timeZone'>;
type DoorGate = DoorRead['gate'];
type Registration = NonNullable<DoorRead['registration']>;
/** Whose ticket was scanned, as the answer shows them: a registration's holder or an invited guest (or the deputy an organizer approved). */
interface Holder {
  key: HolderKey;
  kind: 'registration' | 'guest';
  name: string;
  organization: string | null;
  title: string | null;
  /** The registration code; null for a guest (a guest's code opens their personal reply page). */
  code: string | null;
  /** A registration's first arrival (marked on the registration); null for guests. */
  checkedInAt: Date | null;
}
/** What a ticket's holder holds at the door: the tier (the credential's) and the valid printing. */
interface DoorHolding {
  tier: DoorTier;
  generation: number;
}
/** The first scan an `already` answer points at. */
type FirstOf = Pick<CheckIn, 'scannedAt' | 'gateId' | 'staffName' | 'deviceId'> & { gateName?: string | null };

type Judged =
  | { gate: Gate; admit: false; outcome: Exclude<ScanOutcome, 'admitted' | 'already'>; message: LocalText; holder?: Holder; holding?: DoorHolding }
  | { gate: DoorGate; admit: true; holder: Holder; holding: DoorHolding; scopes: Scope[]; admissions: KeptAdmission[] };
type Admit = Extract<Judged, { admit: true }>;

export interface Scan extends ScanItem {
  deviceId: string;
}

/** Gates whose kind (chosen sessions or not) was last seen, at most this many (an installation has tens). */
const GATE_KIND_MEMO = 10_000;

/**
 * A scan at a gate: is this ticket (still) valid, for this gate's sessions and for its holder's
 * credential, and was it admitted already? A ticket is a registration's, or an invited guest's
 * badge (judged alike: the guest's invitations stand for seats, a guest who declined or an
 * edition cancelled for a cancelled registration). The admission is a row whose scope is unique
 * per registration (per guest), so concurrent gates, devices and servers admit a ticket once; the
 * first by scan time keeps it, every other scan is kept as a duplicate for the supervisor.
 *
 * A live scan costs one read (the gate, the ticket, its credential, admissions and, at a session
 * gate, its sessions: doorRead) and one INSERT, plus a registration's arrival mark the first time;
 * the code's signature is checked in memory.
 */
@Injectable()
export class CheckInService {
  /**
   * Which gates admitted to chosen sessions at their last read: only which door read to send
   * first. The read itself answers the gate as it is now; a gate changed by another server since
   * costs one read more, once (see door()).
   */
  private readonly sessionGates = new Map<number, boolean>();

  constructor(
    private readonly transactions: Transactions,
    private readonly store: CheckInStore,
    private readonly registrations: RegistrationStore,
    private readonly credentials: CredentialsService,
    private readonly codes: TicketCodes,
    private readonly guests: GuestStore,
    private readonly sessions: SessionStore,
    private readonly editions: EditionStore,
    private readonly events: CheckInEvents,
  ) {}

  async requireGate(gateId: number): Promise<CheckInGate> {
    const gate = await this.store.gate(gateId);
    if (!gate) throw new NotFoundException({ message: CHECK_IN_MESSAGES.gateNotFound({ id: gateId }) });
    return gate;
  }

  async scan(gateId: number, scan: Scan, staff: AuthenticatedAccount | null): Promise<ScanAnswerDto> {
    const { answer, editionId } = await this.scanAt(gateId, scan, staff, false);
    if (answer.checkInId !== null) this.events.changed(editionId);
    return answer;
  }

  /** Scans an offline device queued, oldest first (so its own order holds), each answered as if live. */
  async sync(gateId: number, deviceId: string, scans: ScanItem[], staff: AuthenticatedAccount | null): Promise<ScanAnswerDto[]> {
    const gate = await this.requireGate(gateId);
    const order = scans.map((scan, i) => ({ scan, i })).sort((a, b) => (a.scan.scannedAt ?? '').localeCompare(b.scan.scannedAt ?? '') || a.i - b.i);
    const answers: ScanAnswerDto[] = new Array<ScanAnswerDto>(scans.length);
    for (const { scan, i } of order) answers[i] = (await this.scanAt(gate.id, { ...scan, deviceId }, staff, true)).answer;
    this.events.changed(gate.editionId);
    return answers;
  }

  private async scanAt(gateId: number, scan: Scan, staff: AuthenticatedAccount | null, offline: boolean): Promise<{ answer: ScanAnswerDto; editionId: number }> {
    const judged = await this.judge(gateId, scan.code);
    const gate = judged.gate;
    const answered = (answer: ScanAnswerDto) => ({ answer, editionId: gate.editionId });
    if (!judged.admit) {
      // Refused now; the same scan sent again (a retried sync) answers what it got then.
      const replay = await this.store.byDeviceScan(scan.deviceId, scan.clientScanId);
      return answered(replay ? await this.replay(gate, replay, scan.clientScanId) : refusal(judged, scan.clientScanId));
    }
    const now = new Date();
    const given = scan.scannedAt ? new Date(scan.scannedAt) : now;
    // A device clock ahead of ours cannot make a scan later than its arrival.
    const scannedAt = given > now ? now : given;
    const held = new Map(judged.admissions.map((a) => [a.admission, a]));
    const scope = judged.scopes.find((s) => !held.has(s.admission)) ?? judged.scopes[0];
    const row = {
      editionId: gate.editionId,
      gateId: gate.id,
      registrationId: judged.holder.key.registrationId ?? null,
      guestId: judged.holder.key.guestId ?? null,
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
    let kept = held.get(scope.admission) ?? null;
    if (!kept) {
      try {
        // Four gates inserting one ticket's admission at once can deadlock on its unique key
        // (InnoDB locks the duplicate's index record): the statement was rolled back whole, so it runs again.
        const id = await retryTransient(() => this.store.insert({ ...row, admission: scope.admission, outcome: 'admitted', firstCheckInId: null }));
        const registrationId = judged.holder.key.registrationId;
        if (registrationId !== undefined && !judged.holder.checkedInAt) await retryTransient(() => this.registrations.markArrival(registrationId, scannedAt));
        return answered(this.admitted(judged, scope, id, scan.clientScanId));
      } catch (error) {
        const replay = await this.repeated(error, gate, scan);
        if (replay) return answered(replay);
        // Another gate or device got there in between.
        kept = await this.store.kept(judged.holder.key, scope.admission);
      }
    }
    // A synced scan may turn out first by scan time, and the scope may have come free: both in a transaction.
    if (offline || !kept) return answered(await this.second(gate, judged, scope, row, scan, offline));
    // A live scan of a ticket in already: one more row, pointing at the kept admission.
    let id: number;
    try {
      id = await retryTransient(() => this.store.insert({ ...row, admission: null, outcome: 'duplicate', firstCheckInId: kept.id }));
    } catch (error) {
      const replay = await this.repeated(error, gate, scan);
      if (replay) return answered(replay);
      throw error;
    }
    return answered(await this.already(gate, judged, scope, kept, id, scan.clientScanId));
  }

  /** For a duplicate-key error of the device's own scan key (this scan sent again): the answer it got; else rethrows a foreign error. */
  private async repeated(error: unknown, gate: Gate, scan: Scan): Promise<ScanAnswerDto | null> {
    if (!isDuplicateKey(error)) throw error;
    if (!isRepeatedScan(error)) return null;
    const again = await this.store.byDeviceScan(scan.deviceId, scan.clientScanId);
    return again ? this.replay(gate, again, scan.clientScanId) : null;
  }

  /**
   * The scope is held already. A scan made earlier than the kept one (an offline device syncing
   * late) takes the admission over and the other becomes the duplicate; otherwise this one is.
   */
  private async second(gate: Gate, judged: Admit, scope: Scope, row: Omit<CheckIn, 'id' | 'gate' | 'admission' | 'outcome' | 'firstCheckInId'>, scan: Scan, synced: boolean): Promise<ScanAnswerDto> {
    let outcome: { id: number; first: CheckIn | null };
    try {
      outcome = await this.transactions.run(
        async (tx) => {
          const kept = await this.store.admissionIn(judged.holder.key, scope.admission, tx);
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
    } catch (error) {
      const replay = await this.repeated(error, gate, scan);
      if (replay) return replay;
      throw error;
    }
    if (!outcome.first) return this.admitted(judged, scope, outcome.id, scan.clientScanId);
    return this.already(gate, judged, scope, outcome.first, outcome.id, scan.clientScanId);
  }

  /** The ticket, its holder's credential and the scopes the gate could admit it into; or why not. */
  private async judge(gateId: number, raw: string): Promise<Judged> {
    const read = readCode(raw);
    let key: DoorKey | null = null;
    let claims: TicketClaims | GuestClaims | null = null;
    if (read.kind === 'signed') {
      // The signature is checked with the key in memory: no statement. A guest's code has its own format byte.
      const ticket = await this.codes.verify(read.code);
      const guest = ticket ? null : await this.codes.verifyGuest(read.code);
      claims = ticket ?? guest;
      if (ticket) key = { id: ticket.registrationId };
      else if (guest) key = { guestId: guest.guestId };
    } else if (read.kind === 'registration') {
      key = { code: read.code };
    }
    const door = key ? await this.door(gateId, key) : null;
    if (key && !door) throw new NotFoundException({ message: CHECK_IN_MESSAGES.gateNotFound({ id: gateId }) });
    // A typed code no registration has may be the code on a guest's invitation (drawn alike).
    if (door && key && 'code' in key && !door.registration) {
      const guestDoor = await this.door(gateId, { guestCode: key.code });
      if (guestDoor?.guest) return this.judgeGuest(guestDoor, null);
    }
    const gate: Gate = door?.gate ?? (await this.requireGate(gateId));
    if (claims && claims.editionId !== gate.editionId) return { gate, admit: false, outcome: 'unknown', message: CHECK_IN_MESSAGES.otherEdition() };
    if (door && key && 'guestId' in key) return this.judgeGuest(door, claims as GuestClaims);
    const registration = door?.registration ?? null;
    if (!door || !registration || registration.anonymizedAt) return { gate, admit: false, outcome: 'unknown', message: CHECK_IN_MESSAGES.unknown() };
    if (registration.editionId !== gate.editionId) return { gate, admit: false, outcome: 'unknown', message: CHECK_IN_MESSAGES.otherEdition() };
    // An edition without a default tier yet gets its tiers made on the way (the credentials' rule).
    const holding: DoorHolding = door.tier ? { tier: door.tier, generation: door.generation } : await this.credentials.holding(registration);
    const known = { gate, holder: registrationHolder(registration), holding };
    if (claims && claims.generation < holding.generation) return { admit: false, outcome: 'replaced', message: CHECK_IN_MESSAGES.replaced(), ...known };
    if (registration.status === 'cancelled' || registration.status === 'rejected') return { admit: false, outcome: 'cancelled', message: CHECK_IN_MESSAGES.cancelled(), ...known };
    if (registration.status !== 'confirmed') return { admit: false, outcome: 'not_confirmed', message: CHECK_IN_MESSAGES.notConfirmed(), ...known };
    return this.scopesAt(door, known, CHECK_IN_MESSAGES.wrongSession());
  }

  /** The door's one read, with the holder's sessions where the gate admits to chosen sessions. */
  private async door(gateId: number, key: DoorKey): Promise<DoorRead | null> {
    const seated = this.sessionGates.get(gateId) ?? false;
    let door = await this.store.doorRead(gateId, key, seated);
    // The gate admits to chosen sessions after all (its first scan here, or changed since): read it so.
    if (door && !seated && door.gate.sessionIds) door = await this.store.doorRead(gateId, key, true);
    if (door && this.sessionGates.get(gateId) !== !!door.gate.sessionIds) {
      if (this.sessionGates.size >= GATE_KIND_MEMO) this.sessionGates.clear();
      this.sessionGates.set(gateId, !!door.gate.sessionIds);
    }
    return door;
  }

  /**
   * An invited guest's badge: valid unless the guest declined or the edition was cancelled (a
   * guest who has not replied yet may still come); the sessions the guest is invited to stand for
   * a registration's seats at a gate of chosen sessions.
   */
  private async judgeGuest(door: DoorRead, claims: GuestClaims | null): Promise<Judged> {
    const gate = door.gate;
    const guest = door.guest;
    if (!guest || guest.anonymizedAt) return { gate, admit: false, outcome: 'unknown', message: CHECK_IN_MESSAGES.unknown() };
    if (guest.editionId !== gate.editionId) return { gate, admit: false, outcome: 'unknown', message: CHECK_IN_MESSAGES.otherEdition() };
    const holding: DoorHolding = door.tier ? { tier: door.tier, generation: door.generation } : await this.credentials.guestHolding(guest as Pick<Guest, 'id' | 'editionId' | 'category'>);
    const known = { gate, holder: guestHolder(guest), holding };
    // A typed code carries no printing: only a signed badge can be an old one.
    if (claims && claims.generation < holding.generation) return { admit: false, outcome: 'replaced', message: CHECK_IN_MESSAGES.replaced(), ...known };
    if (guest.editionStatus === 'cancelled') return { admit: false, outcome: 'cancelled', message: CHECK_IN_MESSAGES.editionCancelled(), ...known };
    if (guest.reply === 'declined') return { admit: false, outcome: 'cancelled', message: CHECK_IN_MESSAGES.guestDeclined(), ...known };
    return this.scopesAt(door, known, CHECK_IN_MESSAGES.notInvited());
  }

  /** The scopes the gate admits the holder into: the edition, or the gate's sessions among the holder's that the credential admits to. */
  private scopesAt(door: DoorRead, known: { gate: Gate; holder: Holder; holding: DoorHolding }, notHere: LocalText): Judged {
    const { gate, holding } = known;
    const tier = holding.tier;
    if (gate.zone && tier.zones && !tier.zones.includes(gate.zone)) {
      return { admit: false, outcome: 'wrong_session', message: CHECK_IN_MESSAGES.wrongZone({ tier: tier.name, zone: gate.zone }), ...known };
    }
    const admissions = door.admissions;
    if (!gate.sessionIds) return { admit: true, ...known, gate: door.gate, admissions, scopes: [{ admission: 'e', sessionId: null, title: null }] };
    const gateSessions = new Set(gate.sessionIds);
    const sessions: DoorSession[] = door.sessions.filter((s) => gateSessions.has(s.id) && s.status !== 'cancelled' && (!tier.sessionIds || tier.sessionIds.includes(s.id)));
    if (!sessions.length) return { admit: false, outcome: 'wrong_session', message: notHere, ...known };
    sessions.sort((a, b) => (a.startsAt?.getTime() ?? 0) - (b.startsAt?.getTime() ?? 0) || a.id - b.id);
    return { admit: true, ...known, gate: door.gate, admissions, scopes: sessions.map((s) => ({ admission: `s${s.id}`, sessionId: s.id, title: s.title })) };
  }

  private admitted(judged: Admit, scope: Scope, id: number, clientScanId: string): ScanAnswerDto {
    return { ...person(judged.holder, judged.holding), outcome: 'admitted', message: CHECK_IN_MESSAGES.admitted(), session: scope.title, first: null, checkInId: id, clientScanId };
  }

  private already(gate: Gate, judged: Admit, scope: Scope, first: FirstOf, id: number, clientScanId: string): Promise<ScanAnswerDto> | ScanAnswerDto {
    const answer = (firstScan: FirstScanDto): ScanAnswerDto => ({
      ...person(judged.holder, judged.holding),
      outcome: 'already',
      message: CHECK_IN_MESSAGES.already({ at: instantText(first.scannedAt, judged.gate.timeZone, { seconds: true }), gate: firstScan.gate, by: firstScan.by }),
      session: scope.title,
      first: firstScan,
      checkInId: id,
      clientScanId,
    });
    // The gate's name came with the read; only an older row's needs a statement.
    if (first.gateName != null || first.gateId === gate.id) return answer(this.firstScanAt(first.gateName ?? gate.name, first));
    return this.firstScan(gate, first).then(answer);
  }

  async firstScan(gate: Pick<CheckInGate, 'id' | 'name'>, first: FirstOf): Promise<FirstScanDto> {
    const firstGate = first.gateId === gate.id ? gate : await this.store.gate(first.gateId);
    return this.firstScanAt(firstGate?.name ?? String(first.gateId), first);
  }

  private firstScanAt(gateName: string, first: FirstOf): FirstScanDto {
    return { at: first.scannedAt.toISOString(), gate: gateName, by: first.staffName ?? first.deviceId };
  }

  /** A scan sent again (a retried sync): the answer it got, as things stand now. */
  private async replay(gate: Gate, row: CheckIn, clientScanId: string): Promise<ScanAnswerDto> {
    let holder: Holder;
    let holding: DoorHolding;
    if (row.guestId !== null) {
      const guest = (await this.guests.findById(row.guestId))!;
      holder = guestHolder(guest);
      holding = await this.credentials.guestHolding(guest);
    } else {
      const registration = (await this.registrations.byId(row.registrationId!))!;
      holder = registrationHolder(registration);
      holding = await this.credentials.holding(registration);
    }
    const title = row.sessionId ? ((await this.sessions.find(row.sessionId))?.titleZh ?? null) : null;
    const scope: Scope = { admission: row.sessionId ? `s${row.sessionId}` : 'e', sessionId: row.sessionId, title };
    // A refused scan's gate came without its edition's clock (no door read): read it for the words of an `already`.
    const timeZone = 'timeZone' in gate && typeof gate.timeZone === 'string' ? gate.timeZone : ((await this.editions.find(gate.editionId))?.timeZone ?? CHINA_CLOCK);
    const judged: Admit = { gate: { ...gate, timeZone }, admit: true, holder, holding, scopes: [scope], admissions: [] };
    if (row.admission) return this.admitted(judged, scope, row.id, clientScanId);
    const first = row.firstCheckInId ? await this.store.byId(row.firstCheckInId) : null;
    if (!first) return this.admitted(judged, scope, row.id, clientScanId);
    return this.already(gate, judged, scope, first, row.id, clientScanId);
  }
}

function registrationHolder(registration: Pick<Registration, 'id' | 'name' | 'organization' | 'title' | 'code' | 'checkedInAt'>): Holder {
  const { name, organization, title, code, checkedInAt } = registration;
  return { key: { registrationId: registration.id }, kind: 'registration', name, organization, title, code, checkedInAt };
}

/** A guest who sends a deputy the organizers approved is represented at the door by the deputy. */
function guestHolder(guest: Pick<DoorGuest | Guest, 'id' | 'name' | 'organization' | 'title' | 'reply' | 'deputyState' | 'deputyName' | 'deputyTitle'>): Holder {
  const deputy = guest.reply === 'deputy' && guest.deputyState === 'approved' && guest.deputyName;
  return {
    key: { guestId: guest.id },
    kind: 'guest',
    name: deputy ? guest.deputyName! : guest.name,
    organization: guest.organization,
    title: deputy ? guest.deputyTitle : guest.title,
    code: null,
    checkedInAt: null,
  };
}

function person(holder: Holder, holding: DoorHolding) {
  return {
    holder: holder.kind,
    name: holder.name,
    organization: holder.organization,
    title: holder.title,
    code: holder.code,
    credential: { name: holding.tier.name, nameEn: holding.tier.nameEn, color: holding.tier.color },
  };
}

function refusal(judged: Extract<Judged, { admit: false }>, clientScanId: string): ScanAnswerDto {
  const known = judged.holder && judged.holding ? person(judged.holder, judged.holding) : { holder: null, name: null, organization: null, title: null, code: null, credential: null };
  return { ...known, outcome: judged.outcome, message: judged.message, session: null, first: null, checkInId: null, clientScanId };
}
