import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import type { Language } from '../common/dto/lang-query.dto';
import { CHINA_CLOCK, instantText } from '../common/i18n/instant-text';
import { Paged } from '../common/paged';
import { Transactions, type Tx } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import { OutboxStore } from '../notifications/outbox.store';
import { SeatStore } from '../seats/seat.store';
import { SessionStore } from '../sessions/session.store';
import { CheckInDto, EditionAttendanceDto } from './dto/attendance.dto';
import { RegistrationDto } from './dto/registration.dto';
import { RegistrationQuery } from './dto/registration-query.dto';
import type { Registration } from './entities/registration.entity';
import { attendeeSheet } from './attendee-export';
import { attendeeCsv } from './registration-csv';
import { attendeeWorkbook } from './registration-workbook';
import { decisionMessage, promotionMessage } from './registration-messages';
import { RegistrationStore } from './registration.store';
import { RegistrationsService } from './registrations.service';
import { REGISTRATION_REFUSALS } from './registration-refusals';

/** Organizers' side of registrations: lists, approval, waitlist by hand, check-in, export, counts. */
@Injectable()
export class RegistrationAdminService {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: RegistrationStore,
    private readonly registrations: RegistrationsService,
    private readonly seats: SeatStore,
    private readonly sessions: SessionStore,
    private readonly editions: EditionStore,
    private readonly outbox: OutboxStore,
    private readonly audit: AuditService,
  ) {}

  async list(editionId: number, query: RegistrationQuery): Promise<Paged<RegistrationDto>> {
    // The edition's slug and zone come with the page; whether the edition exists and may be seen
    // was the access guard's to say (an unknown one is a 404 before this runs).
    const { rows, total, seats, edition } = await this.store.listPage(editionId, query, query.offset, query.limit);
    return { items: edition ? await this.registrations.viewListed(rows, seats, edition) : [], total };
  }

  async findOne(code: string): Promise<RegistrationDto> {
    const registration = await this.byCode(code);
    return this.registrations.view(registration, await this.editions.require(registration.editionId));
  }

  async decide(code: string, approve: boolean, actor: AuthenticatedAccount): Promise<RegistrationDto> {
    const registration = await this.byCode(code);
    const edition = await this.editions.require(registration.editionId);
    if (registration.status !== 'pending') {
      throw new ConflictException({ message: REGISTRATION_REFUSALS.notPending({ code, status: registration.status }), errors: { status: registration.status } });
    }
    if (!approve) {
      const view = await this.registrations.cancelRegistration(registration, 'rejected');
      await this.transactions.run(async (tx) => {
        await this.outbox.enqueue(tx, decisionMessage(registration, edition, false));
        await this.audit.record(tx, actor, { action: 'reject', entityType: 'registration', entityId: registration.id, editionId: edition.id, after: { code, status: 'rejected' } });
      });
      return view;
    }
    return this.transactions.run(async (tx) => {
      if (!(await this.store.approve(tx, registration.id))) throw new ConflictException({ message: REGISTRATION_REFUSALS.decidedMeanwhile({ code }) });
      await this.outbox.enqueue(tx, decisionMessage(registration, edition, true));
      await this.audit.record(tx, actor, { action: 'approve', entityType: 'registration', entityId: registration.id, editionId: edition.id, after: { code, status: 'confirmed' } });
      return this.registrations.view(await this.store.require(registration.id, tx), edition, tx);
    });
  }

  /** Moves one waitlisted attendee into a free seat by hand, out of turn; never beyond capacity. */
  async promote(code: string, sessionId: number, actor: AuthenticatedAccount): Promise<RegistrationDto> {
    const registration = await this.byCode(code);
    const edition = await this.editions.require(registration.editionId);
    return this.transactions.run(
      async (tx) => {
        const seat = await this.seats.seatOf(registration.id, sessionId, tx);
        if (!seat || seat.status !== 'waitlisted') {
          throw new ConflictException({ message: REGISTRATION_REFUSALS.notWaitlisted({ code, sessionId }), errors: { sessionId: REGISTRATION_REFUSALS.notWaitlistedField() } });
        }
        const promotedAt = await this.seats.promoteOutOfTurn(tx, seat);
        if (!promotedAt) {
          throw new ConflictException({ message: REGISTRATION_REFUSALS.noFreeSeat({ sessionId }), errors: { sessionId: REGISTRATION_REFUSALS.noFreeSeatField() } });
        }
        const title = await this.sessions.titleOf(sessionId, tx);
        await this.outbox.enqueue(tx, promotionMessage(registration, edition, title, seat.id, promotedAt));
        await this.audit.record(tx, actor, { action: 'promote', entityType: 'session_seat', entityId: seat.id, editionId: edition.id, after: { code, sessionId } });
        return this.registrations.view(registration, edition, tx);
      },
      { retry: true },
    );
  }

  /** Marks arrival once; a second check-in says when the first was. */
  async checkIn(code: string, actor: AuthenticatedAccount): Promise<CheckInDto> {
    return this.transactions.run(async (tx) => {
      const registration = await this.byCode(code, tx);
      if (registration.status !== 'confirmed') {
        throw new ConflictException({ message: REGISTRATION_REFUSALS.onlyConfirmedCheckIn({ code, status: registration.status }), errors: { status: registration.status } });
      }
      // Whole seconds: what a datetime column keeps, so the time reported now is the one reported later.
      const now = new Date(Math.floor(Date.now() / 1000) * 1000);
      if (!(await this.store.markArrival(registration.id, now, tx))) {
        const first = (await this.store.require(registration.id, tx)).checkedInAt!;
        const at = instantText(first, (await this.editions.find(registration.editionId, tx))?.timeZone ?? CHINA_CLOCK, { seconds: true });
        throw new ConflictException({ message: REGISTRATION_REFUSALS.alreadyCheckedIn({ code, at }), errors: { code: REGISTRATION_REFUSALS.checkedInAt({ at }) }, checkedInAt: first.toISOString() });
      }
      await this.audit.record(tx, actor, { action: 'check_in', entityType: 'registration', entityId: registration.id, editionId: registration.editionId, after: { code, checkedInAt: now } });
      return { code, name: registration.name, checkedInAt: now.toISOString() };
    });
  }

  async attendance(editionId: number): Promise<EditionAttendanceDto> {
    await this.editions.require(editionId);
    const byStatus = await this.store.countsByStatus(editionId);
    const seatRows = await this.store.seatCountsBySession(editionId);
    const sessions = await this.sessions.ofEdition(editionId);
    const limits = new Map((await this.seats.counts(sessions.map((s) => s.id))).map((p) => [p.sessionId, p.capacity]));
    const count = (status: string) => byStatus.find((r) => r.status === status)?.count ?? 0;
    const seatCount = (sessionId: number, status: string, field: 'count' | 'checkedIn' = 'count') => seatRows.find((r) => r.sessionId === sessionId && r.status === status)?.[field] ?? 0;
    return {
      editionId,
      registrations: byStatus.reduce((sum, r) => sum + r.count, 0),
      pending: count('pending'),
      confirmed: count('confirmed'),
      cancelled: count('cancelled'),
      rejected: count('rejected'),
      unconfirmed: count('unconfirmed'),
      checkedIn: byStatus.reduce((sum, r) => sum + r.checkedIn, 0),
      sessions: sessions.map((s) => ({
        sessionId: s.id,
        title: s.titleZh,
        capacity: limits.get(s.id) ?? null,
        confirmed: seatCount(s.id, 'confirmed'),
        waitlisted: seatCount(s.id, 'waitlisted'),
        cancelled: seatCount(s.id, 'cancelled'),
        checkedIn: seatCount(s.id, 'confirmed', 'checkedIn'),
      })),
    };
  }

  /** Every registration of an edition as a spreadsheet: CSV or xlsx, headers in Chinese or English. */
  async export(editionId: number, format: 'csv' | 'xlsx', lang: Language): Promise<{ body: Buffer; filename: string }> {
    const edition = await this.editions.require(editionId);
    // Not attendees until they confirm by e-mail (a bot's throw-away addresses would be listed): the JSON list shows them, marked.
    const registrations = (await this.store.ofEdition(editionId)).filter((r) => r.status !== 'unconfirmed');
    const sessions = await this.sessions.ofEdition(editionId);
    const seats = await this.seats.seatsIn(sessions.map((s) => s.id));
    const sheet = attendeeSheet({ edition, registrations, sessions, seats }, lang);
    return {
      body: format === 'csv' ? attendeeCsv(sheet) : await attendeeWorkbook(sheet),
      filename: `${sheet.title}.${format}`,
    };
  }

  private async byCode(code: string, tx?: Tx): Promise<Registration> {
    const registration = await this.store.byCode(code, tx);
    if (!registration) throw new NotFoundException({ message: REGISTRATION_REFUSALS.notFound({ code: code.slice(0, 20) }) });
    return registration;
  }
}
