import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException, OnModuleInit, UnprocessableEntityException } from '@nestjs/common';
import type { Language } from '../common/i18n/language';
import { toZonedIso } from '../common/zoned-dates';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { isDuplicateKey } from '../database/duplicate-key';
import { Transactions, type Tx } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import type { Edition } from '../editions/edition.store';
import { OutboxStore } from '../notifications/outbox.store';
import type { ProgramRelease } from '../releases/release.store';
import type { ReleasedSession } from '../releases/release.store';
import { PublishedProgram } from '../releases/published-program';
import { ReleaseStore } from '../releases/release.store';
import type { SessionSeat } from '../seats/seat.store';
import { SeatEvents } from '../seats/seat-events';
import { NewSeat, SeatStore } from '../seats/seat.store';
import { SessionStore } from '../sessions/session.store';
import { RegisterRequest } from './dto/register.dto';
import { RegistrationAwaitingDto, RegistrationCreatedDto, RegistrationDto } from './dto/registration.dto';
import type { Registration } from './entities/registration.entity';
import { RegistrationAccess } from './registration-access';
import { newRegistrationCode, normalisePhone } from './registration-codes';
import { GuestStore } from '../guests/guest.store';
import { confirmationMessage, confirmationRequestMessage, promotionMessage, registrationLinksMessage } from './registration-messages';
import { RegistrationLimits, Requester } from './registration-limits';
import { type ListedRegistration, type ListedSeat, RegistrationStore } from './registration.store';
import { EDITION_MESSAGES } from '../editions/edition-messages';
import { fieldsRefused } from '../common/i18n/field-labels';
import { named } from '../common/i18n/local-text';
import { REGISTRATION_REFUSALS } from './registration-refusals';
import { assertConsent } from './privacy-consent';
import { assertEligible, editionWindowRefusal, Eligibility, InvitationGate, judgeEligibility, NO_SESSION_CHOSEN, takesRegistrations } from './session-eligibility';
import { inProgramOrder } from './session-order';

/** Who registers, as the guest list knows people: by e-mail or (normalised) phone. */
type Contact = { email?: string | null; phone?: string | null };

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,100}$/;

/**
 * The one answer to a registration request for an edition that confirms by e-mail, whether the
 * address was new or registered already: what happened goes to the mailbox only.
 */
export const AWAITING_CONFIRMATION: Record<Language, string> = {
  zh: '请查收邮件：我们已向该邮箱发送一封邮件，请按邮件中的说明确认报名（也请看看垃圾邮件）。未在时限内确认的报名将自动取消。',
  en: 'Check your mailbox: we have sent a message to this address; follow it to confirm the registration (check the spam folder too). A registration not confirmed in time is cancelled.',
};

/** What a confirmation link found: confirmed now, confirmed (or otherwise decided) before, or too late. */
export type ConfirmationOutcome = 'confirmed' | 'already' | 'expired';
/** READ COMMITTED on MySQL, so a transaction that waited for a seat pool's row lock sees the waitlist as it is now. */
const SEAT_TRANSACTION = { readCommitted: true, retry: true };

/** What a registration's answer shows of a released session. */
type ReleasedColumns = Pick<ReleasedSession, 'sessionId' | 'titleZh' | 'startsAt' | 'endsAt' | 'roomNameZh'>;
/** What a registration's answer shows of its edition. */
type ListedEdition = Pick<Edition, 'id' | 'slug' | 'timeZone'>;
/** A code a URL path keeps as it is. */
const PLAIN_CODE = /^[A-Za-z0-9-]+$/;

/**
 * Attendees register, look at, change and cancel their registration. Every change of seats is
 * one transaction that takes or gives back seats by conditional UPDATEs first (see SeatStore),
 * then writes the registration and its announcement to the outbox; a transaction the database
 * gives up on (deadlock, lock wait) is run again, not answered 500. Whoever a freed seat goes
 * to is told in the same transaction (SeatEvents).
 */
@Injectable()
export class RegistrationsService implements OnModuleInit {
  private root?: string;

  constructor(
    private readonly transactions: Transactions,
    private readonly registrations: RegistrationStore,
    private readonly seats: SeatStore,
    private readonly seatEvents: SeatEvents,
    private readonly sessions: SessionStore,
    private readonly editions: EditionStore,
    private readonly releases: ReleaseStore,
    private readonly published: PublishedProgram,
    private readonly access: RegistrationAccess,
    private readonly outbox: OutboxStore,
    private readonly limits: RegistrationLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly guests: GuestStore,
  ) {}

  onModuleInit(): void {
    this.seatEvents.onPromoted(async (tx, seat) => {
      const registration = await this.registrations.require(seat.registrationId, tx);
      const edition = await this.editions.require(registration.editionId, tx);
      const title = await this.sessions.titleOf(seat.sessionId, tx);
      await this.outbox.enqueue(tx, promotionMessage(registration, edition, title, seat.id, seat.promotedAt ?? new Date()));
    });
  }

  async register(
    editionId: number,
    request: RegisterRequest,
    idempotencyKey: string | undefined,
    requester: Requester,
    language: Language = 'zh',
  ): Promise<RegistrationCreatedDto | RegistrationAwaitingDto> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new BadRequestException({ message: fieldsRefused({ 'Idempotency-Key': REGISTRATION_REFUSALS.badIdempotencyKey() }), errors: { 'Idempotency-Key': REGISTRATION_REFUSALS.badIdempotencyKey() } });
    }
    // Checked, then kept as the attendee wrote it ("138 0013 8000", "+86 138…"): organizers read it
    // off lists and exports, and a normalised form can always be derived again.
    const phone = request.phone || null;
    if (phone && !normalisePhone(phone)) {
      throw new BadRequestException({ message: fieldsRefused({ phone: REGISTRATION_REFUSALS.badPhone() }), errors: { phone: REGISTRATION_REFUSALS.badPhone() } });
    }
    const { edition, release } = await this.published.forEdition({ id: editionId });
    if (!edition || edition.status !== 'published') throw new NotFoundException({ message: EDITION_MESSAGES.notPublic({ id: editionId }) });

    // A retry with its Idempotency-Key gets its first answer, even once registration has closed.
    // Only the very same key and e-mail are answered here: whether the e-mail is registered shows
    // only after every other check passed, so no request without side effects tells who is.
    if (idempotencyKey !== undefined) {
      const replay = await this.replay(edition, request.email, idempotencyKey, false);
      if (replay) return edition.registrationConfirmation === 'email' ? awaiting(language) : replay;
    }
    await this.assertSessionsChosen(release, request.sessionIds);
    const released = await this.assertRegistrable(edition, release, request.sessionIds, new Date(), { email: request.email, phone: phone && normalisePhone(phone) });
    await this.limits.admit(edition.id, request.email, requester);

    for (let attempt = 1; ; attempt++) {
      try {
        const created = await this.insert(edition, released, request, phone, idempotencyKey);
        return created.status === 'unconfirmed' ? awaiting(language) : created;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        // Confirmation by e-mail: the address's owner is told by mail, the requester gets the answer a new address gets.
        if (edition.registrationConfirmation === 'email' && (await this.mailExisting(edition, request.email, idempotencyKey, language))) return awaiting(language);
        // The email is registered already (or another request with the same Idempotency-Key won the race).
        const winner = await this.replay(edition, request.email, idempotencyKey);
        if (winner) return winner;
        // Not the email, so the random code collided: draw another.
        if (attempt >= 3) throw error;
      }
    }
  }

  /**
   * One transaction, as few statements as the rules allow, and the fewest after the session's
   * seat pool is locked (every registration for a popular session waits for that lock): the
   * registration row goes in first, so a duplicate email fails before it queues for a seat, and
   * the answer is composed from what was written, after the commit.
   */
  private async insert(
    edition: Edition,
    released: ReadonlyMap<number, ReleasedSession>,
    request: RegisterRequest,
    phone: string | null,
    idempotencyKey: string | undefined,
  ): Promise<RegistrationCreatedDto> {
    const { registration, seats } = await this.transactions.run(async (tx) => {
      // What this write decides by (still public, its window, approval, its place limit) is read
      // here, in its transaction: the edition the public memo gave may be a second old, and
      // another server process may have changed it meanwhile.
      const terms = await this.editions.registrationTerms(edition.id, tx);
      if (terms?.status !== 'published') throw new NotFoundException({ message: EDITION_MESSAGES.notPublic({ id: edition.id }) });
      const closed = editionWindowRefusal(terms, new Date());
      if (closed) throw new UnprocessableEntityException({ message: REGISTRATION_REFUSALS.cannotRegister({ details: closed.detail }), errors: { registration: closed.detail } });
      // Consent to the notice the edition shows now, as this transaction reads it: not to one an organizer has replaced.
      assertConsent(terms, request.privacyNoticeVersion);
      // Before the registration row: its foreign key would share-lock the edition row that this update must lock.
      if (terms.registrationCapacity !== null && !(await this.editions.takePlace(tx, edition.id))) {
        throw new ConflictException({ message: REGISTRATION_REFUSALS.full({ edition: named(edition.titleZh, edition.titleEn), capacity: terms.registrationCapacity }), errors: { registration: REGISTRATION_REFUSALS.editionFull() } });
      }
      // Whole seconds, as the column keeps them, so this answer equals every later one.
      const createdAt = new Date(Math.floor(Date.now() / 1000) * 1000);
      // Confirmation by e-mail: the seats are held (taken as usual, so capacity holds) until the link is followed in time.
      const byMail = terms.registrationConfirmation === 'email';
      const registration = ({
        editionId: edition.id,
        code: newRegistrationCode(),
        name: request.name,
        email: request.email,
        phone,
        organization: request.organization || null,
        title: request.title || null,
        status: byMail ? 'unconfirmed' : terms.requiresApproval ? 'pending' : 'confirmed',
        confirmBy: byMail ? new Date(createdAt.getTime() + terms.confirmationWindowMinutes * 60_000) : null,
        idempotencyKey: idempotencyKey ?? null,
        privacyNoticeVersion: request.privacyNoticeVersion,
        privacyConsentedAt: createdAt,
        checkedInAt: null,
        anonymizedAt: null,
        createdAt,
        updatedAt: createdAt,
      } satisfies Partial<Registration>) as Registration;
      registration.id = await this.registrations.insert(tx, registration);
      const lines = sessionLines(request.sessionIds, released, edition);
      await this.outbox.enqueue(
        tx,
        byMail
          ? confirmationRequestMessage(registration, edition, lines, await this.confirmUrl(registration), createdAt)
          : confirmationMessage(registration, edition, lines, await this.manageUrl(registration)),
      );
      // Seats last, in session order (see SeatStore): from the pool row's UPDATE on, every
      // registration for that session waits for this one, so only the seat rows and COMMIT follow.
      const seats: NewSeat[] = [];
      for (const sessionId of [...request.sessionIds].sort((a, b) => a - b)) {
        seats.push({ registrationId: registration.id, sessionId, ...(await this.seats.take(tx, sessionId)), promotedAt: null });
      }
      await this.seats.place(tx, seats);
      return { registration, seats };
    }, SEAT_TRANSACTION);
    // Positions after the commit: they are ranks among the waiting, read as they are now.
    const positions = seats.some((seat) => seat.status === 'waitlisted') ? await this.seats.positionsOf(registration.id) : new Map<number, number>();
    const view = this.compose(registration, edition, seats, released, (seat) => positions.get(seat.sessionId) ?? null, await this.access.ticketTokenFor(registration));
    return { ...view, token: await this.access.tokenFor(registration) };
  }

  async findForOwner(code: string, token: string | undefined): Promise<RegistrationDto> {
    const registration = await this.access.ownedRegistration(this.transactions.none, code, token);
    return this.view(registration, await this.editions.require(registration.editionId));
  }

  /** Takes seats in the sessions added, gives back those left out; the freed seats go to the waitlists at once. */
  async changeSessions(code: string, token: string | undefined, sessionIds: number[]): Promise<RegistrationDto> {
    const registration = await this.access.ownedRegistration(this.transactions.none, code, token);
    if (registration.status === 'cancelled' || registration.status === 'rejected') {
      throw new ConflictException({ message: REGISTRATION_REFUSALS.registrationIs({ status: registration.status }), errors: { code: REGISTRATION_REFUSALS.registrationIsField({ status: registration.status }) } });
    }
    const edition = await this.editions.require(registration.editionId);
    const active = new Set((await this.seats.seatsOf([registration.id])).filter((s) => s.status !== 'cancelled').map((s) => s.sessionId));
    const added = sessionIds.filter((id) => !active.has(id));
    await this.assertRegistrable(edition, await this.releases.latestRelease(edition.id), added, new Date(), { email: registration.email, phone: registration.phone && normalisePhone(registration.phone) });
    return this.transactions.run(async (tx) => {
      const seats = await this.seats.seatsOf([registration.id], tx);
      const wanted = new Set(sessionIds);
      const touched = [...new Set([...seats.map((s) => s.sessionId), ...sessionIds])].sort((a, b) => a - b);
      for (const sessionId of touched) {
        const seat = seats.find((s) => s.sessionId === sessionId);
        const isActive = seat && seat.status !== 'cancelled';
        if (wanted.has(sessionId) && !isActive) await this.seats.join(tx, registration.id, sessionId, seat);
        if (!wanted.has(sessionId) && isActive) await this.seats.leave(tx, seat);
      }
      return this.view(registration, edition, tx);
    }, SEAT_TRANSACTION);
  }

  async cancel(code: string, token: string | undefined): Promise<RegistrationDto> {
    const registration = await this.access.ownedRegistration(this.transactions.none, code, token);
    return this.cancelRegistration(registration, 'cancelled');
  }

  async cancelSession(code: string, token: string | undefined, sessionId: number): Promise<RegistrationDto> {
    const registration = await this.access.ownedRegistration(this.transactions.none, code, token);
    const edition = await this.editions.require(registration.editionId);
    return this.transactions.run(async (tx) => {
      const seat = await this.seats.seatOf(registration.id, sessionId, tx);
      if (!seat || seat.status === 'cancelled') throw new NotFoundException({ message: REGISTRATION_REFUSALS.noPlace({ id: sessionId }) });
      await this.seats.leave(tx, seat);
      return this.view(registration, edition, tx);
    }, SEAT_TRANSACTION);
  }

  /** Ends a registration (the attendee cancels, or an organizer rejects): every seat goes back. */
  async cancelRegistration(registration: Registration, status: 'cancelled' | 'rejected'): Promise<RegistrationDto> {
    const edition = await this.editions.require(registration.editionId);
    return this.transactions.run(async (tx) => {
      const ended = await this.registrations.end(tx, registration.id, status);
      const fresh = await this.registrations.require(registration.id, tx);
      if (ended) await this.giveBack(tx, registration, edition);
      return this.view(fresh, edition, tx);
    }, SEAT_TRANSACTION);
  }

  /** Every seat back to its waitlist's head (who is told), and the edition's place: what any end of a registration does. */
  private async giveBack(tx: Tx, registration: Registration, edition: Edition): Promise<void> {
    for (const seat of await this.seats.heldBy(registration.id, tx)) await this.seats.leave(tx, seat);
    if (edition.registrationCapacity !== null) await this.editions.givePlaceBack(tx, edition.id);
  }

  /**
   * The mailed link was followed (`/r/{code}/confirm?token=…`, the owner's token, which only the
   * mailbox has): in time, the registration becomes confirmed, or pending when the edition
   * requires approval (as read now), and the usual confirmation follows. Past the deadline it is
   * cancelled here and then, if the timed job has not done so yet.
   */
  /**
   * Where the owner's confirmation stands, changing nothing: a GET of the mailed link only asks
   * (mail scanners open links), the page's button confirms.
   */
  async confirmationState(code: string, token: string | undefined, now = new Date()): Promise<{ state: 'awaiting' | 'expired' | 'already'; registration: RegistrationDto }> {
    const registration = await this.access.ownedRegistration(this.transactions.none, code, token);
    const view = await this.view(registration, await this.editions.require(registration.editionId));
    if (registration.status === 'unconfirmed') return { state: registration.confirmBy && registration.confirmBy <= now ? 'expired' : 'awaiting', registration: view };
    return { state: registration.status === 'cancelled' && registration.confirmBy !== null ? 'expired' : 'already', registration: view };
  }

  async confirm(code: string, token: string | undefined, now = new Date()): Promise<{ outcome: ConfirmationOutcome; registration: RegistrationDto }> {
    const registration = await this.access.ownedRegistration(this.transactions.none, code, token);
    const edition = await this.editions.require(registration.editionId);
    if (registration.status === 'unconfirmed' && registration.confirmBy && registration.confirmBy <= now) {
      await this.expire(registration, now);
      return { outcome: 'expired', registration: await this.findForOwner(code, token) };
    }
    if (registration.status !== 'unconfirmed') {
      // Cancelled with its deadline kept: it expired unconfirmed.
      const expired = registration.status === 'cancelled' && registration.confirmBy !== null;
      return { outcome: expired ? 'expired' : 'already', registration: await this.view(registration, edition) };
    }
    return this.transactions.run(async (tx) => {
      const terms = await this.editions.registrationTerms(edition.id, tx);
      const status = terms?.requiresApproval ? 'pending' : 'confirmed';
      const confirmed = await this.registrations.confirm(tx, registration.id, status, now);
      const fresh = await this.registrations.require(registration.id, tx);
      const view = await this.view(fresh, edition, tx);
      if (!confirmed) return { outcome: fresh.status === 'cancelled' ? 'expired' : 'already', registration: view };
      const lines = view.sessions.map((s) => `· ${s.title}${s.startsAt ? `（${s.startsAt.slice(0, 16).replace('T', ' ')}）` : ''}`);
      await this.outbox.enqueue(tx, confirmationMessage(fresh, edition, lines, await this.manageUrl(fresh)));
      return { outcome: 'confirmed' as const, registration: view };
    });
  }

  /**
   * Cancels unconfirmed registrations whose confirmation window has passed, freeing their seats
   * as a cancellation does (the waitlists' heads are promoted and told). Answers how many.
   */
  async expireUnconfirmed(now = new Date()): Promise<number> {
    let expired = 0;
    for (;;) {
      const due = await this.registrations.unconfirmedDue(now);
      for (const registration of due) if (await this.expire(registration, now)) expired++;
      if (due.length < 200) return expired;
    }
  }

  private async expire(registration: Registration, now: Date): Promise<boolean> {
    const edition = await this.editions.require(registration.editionId);
    return this.transactions.run(async (tx) => {
      const ended = await this.registrations.expire(tx, registration.id, now);
      if (ended) await this.giveBack(tx, registration, edition);
      return ended;
    }, SEAT_TRANSACTION);
  }

  async view(registration: Registration, edition: Edition, tx?: Tx): Promise<RegistrationDto> {
    const [dto] = await this.viewMany([registration], edition, tx);
    return dto;
  }

  /** Registrations of one edition in four queries whatever their number, so a page of a list costs no more than one. */
  async viewMany(registrations: Registration[], edition: Edition, tx: Tx = this.transactions.none): Promise<RegistrationDto[]> {
    if (!registrations.length) return [];
    const seats = await this.seats.seatsOf(registrations.map((r) => r.id), tx);
    const release = await this.releases.latestRelease(edition.id, tx);
    const sessionIds = [...new Set(seats.map((s) => s.sessionId))];
    const frozen = release ? await this.releases.sessionsAmong(release.id, sessionIds, tx) : [];
    const positions = await this.seats.positions(seats.filter((s) => s.status === 'waitlisted' && s.queueNumber !== null).map((s) => s.id), tx);
    const byId = new Map(frozen.map((f) => [f.sessionId, f]));
    const seatsOf = new Map<number, SessionSeat[]>();
    for (const seat of seats) {
      if (!seatsOf.has(seat.registrationId)) seatsOf.set(seat.registrationId, []);
      seatsOf.get(seat.registrationId)!.push(seat);
    }
    const readTokens = await Promise.all(registrations.map((registration) => this.access.ticketTokenFor(registration)));
    return registrations.map((registration, i) => this.compose(registration, edition, seatsOf.get(registration.id) ?? [], byId, (seat) => positions.get(seat.id) ?? null, readTokens[i]));
  }

  /**
   * A page of the organizers' list from the rows the list's statements answered: the seats came
   * with their released sessions and waitlist positions, so nothing more is read.
   */
  async viewListed(registrations: ListedRegistration[], seats: ListedSeat[], edition: ListedEdition): Promise<RegistrationDto[]> {
    const released = new Map<number, ReleasedColumns>();
    const seatsOf = new Map<number, ListedSeat[]>();
    for (const seat of seats) {
      if (seat.released) released.set(seat.sessionId, seat.released);
      const held = seatsOf.get(seat.registrationId);
      if (held) held.push(seat);
      else seatsOf.set(seat.registrationId, [seat]);
    }
    const readTokens = await Promise.all(registrations.map((registration) => this.access.ticketTokenFor(registration)));
    return registrations.map((registration, i) => this.compose(registration, edition, seatsOf.get(registration.id) ?? [], released, (seat) => seat.waitlistPosition, readTokens[i]));
  }

  /** The public base URL's scheme and host (a path in it is replaced by an absolute path, as `new URL` does), parsed once. */
  private linkRoot(): string {
    this.root ??= new URL('/', this.config.publicBaseUrl).href.slice(0, -1);
    return this.root;
  }

  /**
   * One registration, sessions as published and waitlist positions live, from rows at hand: a
   * new registration is answered from what its transaction wrote, after the seats' locks are let go.
   */
  private compose<S extends Pick<SessionSeat, 'sessionId' | 'status'>>(
    registration: ListedRegistration,
    edition: ListedEdition,
    seats: S[],
    released: ReadonlyMap<number, ReleasedColumns>,
    positionOf: (seat: S) => number | null,
    readToken: string,
  ): RegistrationDto {
    // A page of the list makes three links per registration: parsing the base URL each time was a
    // third of the answer's cost. Codes are letters, digits and dashes, which a URL keeps as they are.
    const at = (path: string) => (PLAIN_CODE.test(registration.code) ? `${this.linkRoot()}${path}` : new URL(path, this.config.publicBaseUrl).href);
    // The calendar and the ticket carry the read-only ticket token, never the owner's: a calendar
    // URL travels to calendar servers and a ticket is shown at the door, and neither may cancel.
    const readable = (path: string) => `${at(path)}?token=${encodeURIComponent(readToken)}`;
    return {
      code: registration.code,
      editionId: edition.id,
      editionSlug: edition.slug,
      status: registration.status,
      name: registration.name,
      email: registration.email,
      phone: registration.phone,
      organization: registration.organization,
      title: registration.title,
      checkedInAt: registration.checkedInAt?.toISOString() ?? null,
      createdAt: registration.createdAt.toISOString(),
      privacyNoticeVersion: registration.privacyNoticeVersion,
      privacyConsentedAt: registration.privacyConsentedAt?.toISOString() ?? null,
      sessions: [...seats].sort((a, b) => inProgramOrder(released.get(a.sessionId), released.get(b.sessionId)) || a.sessionId - b.sessionId).map((seat) => {
        const session = released.get(seat.sessionId);
        return {
          sessionId: seat.sessionId,
          title: session?.titleZh ?? '',
          startsAt: session?.startsAt ? toZonedIso(session.startsAt, edition.timeZone) : null,
          endsAt: session?.endsAt ? toZonedIso(session.endsAt, edition.timeZone) : null,
          room: session?.roomNameZh ?? null,
          status: seat.status,
          waitlistPosition: seat.status === 'waitlisted' ? positionOf(seat) : null,
        };
      }),
      links: {
        self: at(`/api/registrations/${registration.code}`),
        calendar: readable(`/api/registrations/${registration.code}/calendar.ics`),
        ticket: readable(`/api/registrations/${registration.code}/ticket.pdf`),
      },
    };
  }

  /**
   * A registration names at least one session (400 on sessionIds), unless the edition is
   * registered for as a whole: its published program has no session to register for
   * (`takesRegistrations`: all breaks or cancelled, or none at all). Read only for an empty list.
   */
  private async assertSessionsChosen(release: ProgramRelease | null, sessionIds: number[]): Promise<void> {
    if (sessionIds.length > 0 || !release) return;
    if (!(await this.releases.sessionsOf(release.id)).some(takesRegistrations)) return;
    throw new BadRequestException({
      message: REGISTRATION_REFUSALS.chooseSessions(),
      errors: { sessionIds: NO_SESSION_CHOSEN },
    });
  }

  /**
   * Refuses (422, naming each bad entry of sessionIds) what `judgeEligibility` refuses. Answers
   * the sessions as the edition's latest release froze them, which is what the attendee is shown.
   */
  async assertRegistrable(edition: Edition, release: ProgramRelease | null, sessionIds: number[], now = new Date(), person?: Contact): Promise<Map<number, ReleasedSession>> {
    const eligibility = await this.eligibilityIn(edition, release, sessionIds, now, person);
    assertEligible(eligibility, sessionIds);
    return eligibility.published;
  }

  /** What register() and changeSessions() would refuse now, session by session with the reason: the pages offer only what they accept. */
  async eligibility(editionId: number, sessionIds: number[]): Promise<Eligibility> {
    const { edition, release } = await this.published.forEdition({ id: editionId });
    if (!edition) throw new NotFoundException({ message: EDITION_MESSAGES.notPublic({ id: editionId }) });
    return this.eligibilityIn(edition, release, sessionIds, new Date());
  }

  /** `person`: who registers, so that invite-only sessions admit them only if the guest list invites them. */
  private async eligibilityIn(edition: Edition, release: ProgramRelease | null, sessionIds: number[], now: Date, person?: Contact): Promise<Eligibility> {
    if (sessionIds.length === 0) return judgeEligibility(edition, sessionIds, new Map(), new Map(), now, release !== null);
    const [live, frozen, gate] = await Promise.all([
      this.sessions.findMany(sessionIds),
      release ? this.releases.sessionsAmong(release.id, sessionIds) : [],
      person ? this.invitationGate(edition.id, sessionIds, person) : undefined,
    ]);
    return judgeEligibility(edition, sessionIds, new Map(live.map((s) => [s.id, s])), new Map(frozen.map((row) => [row.sessionId, row])), now, release !== null, gate);
  }

  private async invitationGate(editionId: number, sessionIds: number[], person: Contact): Promise<InvitationGate> {
    const inviteOnly = await this.guests.inviteOnlyAmong(sessionIds);
    const invited = inviteOnly.size ? await this.guests.invitedSessions(editionId, [...inviteOnly], person) : new Set<number>();
    return { inviteOnly, invited };
  }

  /** The attendee's own page, with the token that proves it is theirs. */
  private async manageUrl(registration: Registration): Promise<string> {
    const url = new URL(`/r/${registration.code}`, this.config.publicBaseUrl);
    url.searchParams.set('token', await this.access.tokenFor(registration));
    return url.href;
  }

  /** The link in the request to confirm: the owner's token, which the answer does not carry, so only the mailbox has it. */
  private async confirmUrl(registration: Registration): Promise<string> {
    const url = new URL(`/r/${registration.code}/confirm`, this.config.publicBaseUrl);
    url.searchParams.set('token', await this.access.tokenFor(registration));
    return url.href;
  }

  /**
   * The address is registered already (editions that confirm by e-mail): its owner gets their
   * links (or, still unconfirmed, the request to confirm again), the requester only the common
   * answer. A retry with the first request's Idempotency-Key sends nothing more. False when the
   * duplicate was not the address (the code collided).
   */
  private async mailExisting(edition: Edition, email: string, idempotencyKey: string | undefined, language: Language): Promise<boolean> {
    const existing = await this.registrations.byEmail(edition.id, email);
    if (!existing) return false;
    if (idempotencyKey !== undefined && existing.idempotencyKey === idempotencyKey) return true;
    const now = new Date();
    if (existing.status === 'unconfirmed') {
      const view = await this.view(existing, edition);
      const lines = view.sessions.map((s) => `· ${s.title}${s.startsAt ? `（${s.startsAt.slice(0, 16).replace('T', ' ')}）` : ''}`);
      const message = confirmationRequestMessage(existing, edition, lines, await this.confirmUrl(existing), now);
      await this.transactions.run((tx) => this.outbox.enqueue(tx, message));
      return true;
    }
    const links = [{ registration: existing, manageUrl: await this.manageUrl(existing) }];
    await this.transactions.run((tx) => this.outbox.enqueue(tx, registrationLinksMessage(links, edition, language, now)));
    return true;
  }

  /** The first answer again, for a retried POST with the same Idempotency-Key. */
  private async replay(edition: Edition, email: string, idempotencyKey: string | undefined, conflict = true): Promise<RegistrationCreatedDto | null> {
    const existing = await this.registrations.byEmail(edition.id, email);
    if (!existing) return null;
    if (idempotencyKey !== undefined && existing.idempotencyKey === idempotencyKey) {
      return { ...(await this.view(existing, edition)), token: await this.access.tokenFor(existing) };
    }
    if (!conflict) return null;
    // Where to get the lost link again: the page, and its API route.
    const resend = new URL(`/e/${edition.slug}/resend`, this.config.publicBaseUrl).href;
    throw new ConflictException({
      message: REGISTRATION_REFUSALS.emailTaken({ email, resend, route: `POST /api/editions/${edition.slug}/resend-link` }),
      errors: { email: REGISTRATION_REFUSALS.emailTakenField() },
    });
  }
}

/** The chosen sessions as the release shows them, one line each, in the order they take place. */
function sessionLines(sessionIds: number[], released: ReadonlyMap<number, ReleasedSession>, edition: Edition): string[] {
  return [...sessionIds].sort((a, b) => inProgramOrder(released.get(a), released.get(b)) || a - b).map((id) => {
    const session = released.get(id);
    const startsAt = session?.startsAt ? toZonedIso(session.startsAt, edition.timeZone).slice(0, 16).replace('T', ' ') : null;
    return `· ${session?.titleZh ?? `#${id}`}${startsAt ? `（${startsAt}）` : ''}`;
  });
}

function awaiting(language: Language): RegistrationAwaitingDto {
  return { status: 'unconfirmed', message: AWAITING_CONFIRMATION[language] };
}
