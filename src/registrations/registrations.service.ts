import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { retryTransient } from '../common/transient-failure';
import { toZonedIso } from '../common/zoned-dates';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { isDuplicateKey } from '../database/duplicate-key';
import { insertRow, insertRows } from '../database/plain-insert';
import { Edition } from '../editions/entities/edition.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { ReleasedSession } from '../releases/entities/released-session.entity';
import { PublishedProgram } from '../releases/published-program';
import { RegisterRequest } from './dto/register.dto';
import { RegistrationCreatedDto, RegistrationDto } from './dto/registration.dto';
import { Registration } from './entities/registration.entity';
import { SessionSeat } from './entities/session-seat.entity';
import { normalisePhone } from './phone-number';
import { RegistrationAccess } from './registration-access';
import { newRegistrationCode } from './registration-code';
import { confirmationMessage } from './registration-messages';
import { RegistrationViews } from './registration-views';
import { SeatAllocator } from './seat-allocator';
import { assertRegistrable, Eligibility, registrability } from './session-eligibility';
import { WaitlistPromotion } from './waitlist-promotion';
import { latestRelease } from '../releases/latest-release';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,100}$/;

/**
 * Attendees register, look at, change and cancel their registration. Every change of seats is
 * one transaction that takes or gives back seats by conditional UPDATEs first (see
 * SeatAllocator), then writes the registration and its announcement to the outbox; a
 * transaction the database gives up on (deadlock, lock wait) is run again, not answered 500.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: SeatAllocator,
    private readonly views: RegistrationViews,
    private readonly access: RegistrationAccess,
    private readonly notifications: NotificationsService,
    private readonly waitlist: WaitlistPromotion,
    private readonly published: PublishedProgram,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(editionId: number, request: RegisterRequest, idempotencyKey: string | undefined): Promise<RegistrationCreatedDto> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new BadRequestException({ message: 'Invalid Idempotency-Key header', errors: { 'Idempotency-Key': 'must be 8-100 letters, digits or _ . : -' } });
    }
    const phone = request.phone ? normalisePhone(request.phone) : null;
    if (request.phone && !phone) {
      throw new BadRequestException({ message: 'Invalid phone', errors: { phone: 'must be a mainland mobile number (11 digits) or an international number starting with +' } });
    }
    const { edition, release } = await this.published.forEdition({ id: editionId });
    if (!edition || edition.status !== 'published') throw new NotFoundException(`No edition with id ${editionId} open to the public`);

    // A retry with its Idempotency-Key gets its first answer, even once registration has closed.
    if (idempotencyKey !== undefined) {
      const replay = await this.replay(edition, request.email, idempotencyKey);
      if (replay) return replay;
    }
    const released = await assertRegistrable(this.dataSource.manager, edition, release, request.sessionIds);

    for (let attempt = 1; ; attempt++) {
      try {
        return await this.insert(edition, released, request, phone, idempotencyKey);
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
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
   * row is locked (every registration for a popular session waits for that lock): the
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
    const { registration, seats } = await retryTransient(() =>
      this.transaction(async (manager) => {
        if (edition.registrationCapacity !== null) {
          // Before the registration row: its foreign key would share-lock the edition row that this update must lock.
          const place = await manager
            .createQueryBuilder()
            .update(Edition)
            .set({ registeredCount: () => 'registered_count + 1' })
            .where('id = :id AND registered_count < registration_capacity', { id: edition.id })
            .execute();
          if (place.affected !== 1) {
            throw new ConflictException({ message: `${edition.titleZh} is full: all ${edition.registrationCapacity} places are taken`, errors: { registration: 'the edition is full' } });
          }
        }
        const registration = manager.create(Registration, {
          editionId: edition.id,
          code: newRegistrationCode(),
          name: request.name,
          email: request.email,
          phone,
          organization: request.organization || null,
          title: request.title || null,
          status: edition.requiresApproval ? 'pending' : 'confirmed',
          idempotencyKey: idempotencyKey ?? null,
          checkedInAt: null,
          anonymizedAt: null,
          // Whole seconds, as the column keeps them, so this answer equals every later one.
          createdAt: new Date(Math.floor(Date.now() / 1000) * 1000),
        });
        registration.updatedAt = registration.createdAt;
        registration.id = await insertRow(manager, Registration, registration);
        await this.notifications.enqueue(manager, confirmationMessage(registration, edition, sessionLines(request.sessionIds, released, edition), await this.manageUrl(registration)));
        // Seats last (see SeatAllocator for their order): from the session row's UPDATE on, every
        // registration for that session waits for this one, so only the seat rows and COMMIT follow.
        const seats: Pick<SessionSeat, 'registrationId' | 'sessionId' | 'status' | 'queueNumber' | 'promotedAt'>[] = [];
        for (const sessionId of [...request.sessionIds].sort((a, b) => a - b)) {
          seats.push({ registrationId: registration.id, sessionId, ...(await this.seats.take(manager, sessionId)), promotedAt: null });
        }
        if (seats.length) await insertRows(manager, SessionSeat, seats);
        return { registration, seats };
      }),
    );
    // Positions after the commit: they are ranks among the waiting, read as they are now.
    const positions = seats.some((seat) => seat.status === 'waitlisted') ? await this.seats.positionsOf(this.dataSource.manager, registration.id) : new Map<number, number>();
    const view = this.views.compose(registration, edition, seats, released, (seat) => positions.get(seat.sessionId) ?? null);
    return { ...view, token: await this.access.tokenFor(registration) };
  }

  async findForOwner(code: string, token: string | undefined): Promise<RegistrationDto> {
    const manager = this.dataSource.manager;
    const registration = await this.access.ownedRegistration(manager, code, token);
    return this.views.view(manager, registration, await manager.findOneByOrFail(Edition, { id: registration.editionId }));
  }

  /** Takes seats in the sessions added, gives back those left out; the freed seats go to the waitlists at once. */
  async changeSessions(code: string, token: string | undefined, sessionIds: number[]): Promise<RegistrationDto> {
    const registration = await this.access.ownedRegistration(this.dataSource.manager, code, token);
    if (registration.status === 'cancelled' || registration.status === 'rejected') {
      throw new ConflictException({ message: `This registration is ${registration.status}`, errors: { code: `registration is ${registration.status}` } });
    }
    const edition = await this.dataSource.manager.findOneByOrFail(Edition, { id: registration.editionId });
    const current = await this.dataSource.manager.find(SessionSeat, { where: { registrationId: registration.id } });
    const active = new Set(current.filter((s) => s.status !== 'cancelled').map((s) => s.sessionId));
    const added = sessionIds.filter((id) => !active.has(id));
    const release = await latestRelease(this.dataSource.manager, edition.id);
    await assertRegistrable(this.dataSource.manager, edition, release, added);
    return retryTransient(() =>
      this.transaction(async (manager) => {
        const seats = await manager.find(SessionSeat, { where: { registrationId: registration.id } });
        const wanted = new Set(sessionIds);
        const touched = [...new Set([...seats.map((s) => s.sessionId), ...sessionIds])].sort((a, b) => a - b);
        for (const sessionId of touched) {
          const seat = seats.find((s) => s.sessionId === sessionId);
          const isActive = seat && seat.status !== 'cancelled';
          if (wanted.has(sessionId) && !isActive) await this.join(manager, registration.id, sessionId, seat);
          if (!wanted.has(sessionId) && isActive) await this.leave(manager, seat, edition);
        }
        return this.views.view(manager, registration, edition);
      }),
    );
  }

  async cancel(code: string, token: string | undefined): Promise<RegistrationDto> {
    const registration = await this.access.ownedRegistration(this.dataSource.manager, code, token);
    return this.cancelRegistration(registration, 'cancelled');
  }

  async cancelSession(code: string, token: string | undefined, sessionId: number): Promise<RegistrationDto> {
    const registration = await this.access.ownedRegistration(this.dataSource.manager, code, token);
    const edition = await this.dataSource.manager.findOneByOrFail(Edition, { id: registration.editionId });
    return retryTransient(() =>
      this.transaction(async (manager) => {
        const seat = await manager.findOne(SessionSeat, { where: { registrationId: registration.id, sessionId } });
        if (!seat || seat.status === 'cancelled') throw new NotFoundException(`This registration has no place in session ${sessionId}`);
        await this.leave(manager, seat, edition);
        return this.views.view(manager, registration, edition);
      }),
    );
  }

  /** Ends a registration (the attendee cancels, or an organizer rejects): every seat goes back. */
  async cancelRegistration(registration: Registration, status: 'cancelled' | 'rejected'): Promise<RegistrationDto> {
    const edition = await this.dataSource.manager.findOneByOrFail(Edition, { id: registration.editionId });
    return retryTransient(() =>
      this.transaction(async (manager) => {
        const ended = await manager
          .createQueryBuilder()
          .update(Registration)
          .set({ status })
          .where("id = :id AND status IN ('pending', 'confirmed')", { id: registration.id })
          .execute();
        const fresh = await manager.findOneByOrFail(Registration, { id: registration.id });
        if (ended.affected !== 1) return this.views.view(manager, fresh, edition);
        const seats = await manager.find(SessionSeat, { where: { registrationId: registration.id, status: In(['confirmed', 'waitlisted']) }, order: { sessionId: 'ASC' } });
        for (const seat of seats) await this.leave(manager, seat, edition);
        if (edition.registrationCapacity !== null) {
          await manager.createQueryBuilder().update(Edition).set({ registeredCount: () => 'registered_count - 1' }).where('id = :id AND registered_count > 0', { id: edition.id }).execute();
        }
        return this.views.view(manager, fresh, edition);
      }),
    );
  }

  private async join(manager: EntityManager, registrationId: number, sessionId: number, existing: SessionSeat | undefined): Promise<void> {
    const outcome = await this.seats.take(manager, sessionId);
    if (existing) {
      await manager.update(SessionSeat, { id: existing.id }, { status: outcome.status, queueNumber: outcome.queueNumber, promotedAt: null });
    } else {
      await manager.insert(SessionSeat, { registrationId, sessionId, status: outcome.status, queueNumber: outcome.queueNumber, promotedAt: null });
    }
  }

  /** Gives a place up; a confirmed seat goes to the head of the waitlist, who is told. */
  private async leave(manager: EntityManager, seat: SessionSeat, edition: Edition): Promise<void> {
    const left = await manager
      .createQueryBuilder()
      .update(SessionSeat)
      .set({ status: 'cancelled' })
      .where("id = :id AND status = :status", { id: seat.id, status: seat.status })
      .execute();
    if (left.affected !== 1 || seat.status !== 'confirmed') return;
    await this.waitlist.releaseSeat(manager, seat.sessionId, edition);
  }

  /** The attendee's own page, with the token that proves it is theirs. */
  private async manageUrl(registration: Registration): Promise<string> {
    const url = new URL(`/r/${registration.code}`, this.config.publicBaseUrl);
    url.searchParams.set('token', await this.access.tokenFor(registration));
    return url.href;
  }

  /** The first answer again, for a retried POST with the same Idempotency-Key. */
  private async replay(edition: Edition, email: string, idempotencyKey: string | undefined): Promise<RegistrationCreatedDto | null> {
    const manager = this.dataSource.manager;
    const existing = await manager.findOne(Registration, { where: { editionId: edition.id, email } });
    if (!existing) return null;
    if (idempotencyKey !== undefined && existing.idempotencyKey === idempotencyKey) {
      return { ...(await this.views.view(manager, existing, edition)), token: await this.access.tokenFor(existing) };
    }
    throw this.alreadyRegistered(email);
  }

  private alreadyRegistered(email: string): ConflictException {
    return new ConflictException({
      message: `${email} is already registered for this edition. Use the code and token from the confirmation message (GET /api/registrations/{code}?token=…), or ask the organizers to resend it.`,
      errors: { email: 'already registered for this edition' },
    });
  }

  /** READ COMMITTED on MySQL, so a transaction that waited for a session's row lock sees the waitlist as it is now. */
  private transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.options.type === 'better-sqlite3'
      ? this.dataSource.transaction(work)
      : this.dataSource.transaction('READ COMMITTED', work);
  }

  // — for web
  /** What register() and changeSessions() would refuse now, session by session with the reason: the pages offer only what they accept. */
  async eligibility(editionId: number, sessionIds: number[]): Promise<Eligibility> {
    const { edition, release } = await this.published.forEdition({ id: editionId });
    if (!edition) throw new NotFoundException(`No edition with id ${editionId} open to the public`);
    return registrability(this.dataSource.manager, edition, release, sessionIds);
  }
}

/** The chosen sessions as the release shows them, one line each, in the order chosen. */
function sessionLines(sessionIds: number[], released: ReadonlyMap<number, ReleasedSession>, edition: Edition): string[] {
  return sessionIds.map((id) => {
    const session = released.get(id);
    const startsAt = session?.startsAt ? toZonedIso(session.startsAt, edition.timeZone).slice(0, 16).replace('T', ' ') : null;
    return `· ${session?.titleZh ?? `#${id}`}${startsAt ? `（${startsAt}）` : ''}`;
  });
}
