import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { assertUnreferenced } from '../common/references';
import { isRealDate, parseZonedInstant } from '../common/zoned-input';
import { ScheduleConflicts, SessionDraft } from '../conflicts/schedule-conflicts';
import { Transactions, type Tx } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import type { Edition } from '../editions/edition.store';
import { OrganizationStore } from '../organizations/organization.store';
import { ReleaseStore } from '../releases/release.store';
import { RoomStore } from '../rooms/room.store';
import { SeatStore } from '../seats/seat.store';
import { SpeakerStore } from '../speakers/speaker.store';
import { SessionDto } from './dto/session.dto';
import { CreateSessionRequest, SessionHostInput, UpdateSessionRequest } from './dto/session-write.dto';
import { SessionWriteResult } from './dto/session-write-result.dto';
import type { Room } from '../rooms/room.store';
import type { Session } from './entities/session.entity';
import { seatLimit } from './seat-limit';
import { NewHost, SessionStore } from './session.store';
import { SESSION_MESSAGES } from './session-messages';
import { FIELD_MESSAGES } from '../common/i18n/common-messages';
import { fieldLabel, fieldsRefused } from '../common/i18n/field-labels';
import { joined, named } from '../common/i18n/local-text';
import { REFERENCE_MESSAGES } from '../common/i18n/reference-messages';

@Injectable()
export class SessionsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly sessions: SessionStore,
    private readonly seats: SeatStore,
    private readonly editions: EditionStore,
    private readonly rooms: RoomStore,
    private readonly organizations: OrganizationStore,
    private readonly releases: ReleaseStore,
    private readonly speakers: SpeakerStore,
    private readonly conflicts: ScheduleConflicts,
    private readonly audit: AuditService,
  ) {}

  /** Every session of an edition, drafts included (organizers' view). */
  async listForEdition(editionId: number): Promise<SessionDto[]> {
    const edition = await this.editions.require(editionId);
    return this.sessions.views({ editionId }, edition.timeZone);
  }

  async findOne(id: number): Promise<SessionDto> {
    return this.view(this.transactions.none, await this.sessions.require(id));
  }

  async create(editionId: number, request: CreateSessionRequest, actor: AuthenticatedAccount): Promise<SessionWriteResult> {
    return this.transactions.run(async (manager) => {
      const edition = await this.editions.lock(editionId, manager);
      const session = {
        editionId,
        status: 'scheduled',
        capacity: null,
        roomId: null,
        startsAt: null,
        endsAt: null,
        day: null,
        registrationOpensAt: null,
        registrationClosesAt: null,
      } as Partial<Session> as Session;
      this.apply(session, request, edition, 0);
      const room = await this.check(manager, session, edition, 0);
      session.id = await this.sessions.create(manager, session, seatLimit(session.capacity, room));
      if (request.hosts) await this.replaceHosts(manager, session.id, request.hosts);
      const view = await this.view(manager, session, edition);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'session', entityId: session.id, editionId, after: view });
      return { session: view, warnings: await this.conflicts.warningsFor(manager, session.id) };
    });
  }

  async update(id: number, request: UpdateSessionRequest, actor: AuthenticatedAccount): Promise<SessionWriteResult> {
    return this.transactions.run(async (manager) => {
      const existing = await this.sessions.require(id, manager);
      const edition = await this.editions.lock(existing.editionId, manager);
      const before = await this.view(manager, existing, edition);
      const [pool] = await this.seats.counts([id], manager);
      const taken = pool?.taken ?? 0;
      this.apply(existing, request, edition, taken);
      const room = await this.check(manager, existing, edition, taken);
      // A new capacity or a new room may change the seats registration can fill (seatLimit).
      const limit = seatLimit(existing.capacity, room);
      const resized = (request.capacity !== undefined || request.roomId !== undefined) && pool !== undefined && limit !== pool.capacity;
      // The seat pool before the session row: registrations lock the pool row, then the session
      // row (their seat's foreign key), so this order cannot deadlock with them on InnoDB.
      // Seats may have been taken since the count above: the seat store checks the limit in one
      // conditional statement rather than on that count.
      if (resized && !(await this.seats.resize(manager, id, limit))) {
        const [now] = await this.seats.counts([id], manager);
        throw existing.capacity === null ? roomTooSmall(now.taken, room!) : capacityBelowTaken(now.taken);
      }
      await this.sessions.save(manager, existing);
      if (request.hosts) await this.replaceHosts(manager, id, request.hosts);
      // More seats (or no limit any more): the waitlist moves up at once, and the promoted
      // attendees are told (SeatEvents), with the session as this request leaves it.
      if (resized) await this.seats.promote(manager, id);
      const after = await this.view(manager, existing, edition);
      await this.audit.record(manager, actor, { action: 'update', entityType: 'session', entityId: id, editionId: edition.id, before, after });
      return { session: after, warnings: await this.conflicts.warningsFor(manager, id) };
    });
  }

  async remove(id: number, actor: AuthenticatedAccount): Promise<void> {
    await this.transactions.run(async (manager) => {
      const session = await this.sessions.require(id, manager);
      const before = await this.view(manager, session);
      assertUnreferenced(REFERENCE_MESSAGES.session({ id }), [
        { what: 'publishedProgram', count: await this.releases.countSnapshotsOf(id, manager) },
        { what: 'speakerAppearances', count: await this.speakers.countAppearancesIn(id, manager) },
      ]);
      await this.sessions.delete(manager, id);
      await this.audit.record(manager, actor, { action: 'delete', entityType: 'session', entityId: id, editionId: session.editionId, before });
    });
  }

  private async view(manager: Tx, session: Session, edition?: Edition): Promise<SessionDto> {
    const zone = edition?.timeZone ?? (await this.editions.require(session.editionId, manager)).timeZone;
    const [view] = await this.sessions.views({ ids: [session.id] }, zone, manager);
    return view;
  }

  /**
   * Copies the request onto the entity; times typed without an offset are the edition's wall
   * time. `taken`: the seats taken now, below which the capacity cannot go.
   */
  private apply(session: Session, request: UpdateSessionRequest, edition: Edition, taken: number): void {
    if (request.kind !== undefined) session.kind = request.kind;
    if (request.title !== undefined) session.titleZh = request.title;
    if (request.titleEn !== undefined) session.titleEn = request.titleEn;
    if (request.theme !== undefined) session.themeZh = request.theme;
    if (request.themeEn !== undefined) session.themeEn = request.themeEn;
    if (request.description !== undefined) session.descriptionZh = request.description;
    if (request.descriptionEn !== undefined) session.descriptionEn = request.descriptionEn;
    if (request.startsAt !== undefined) session.startsAt = request.startsAt === null ? null : parseZonedInstant(request.startsAt, edition.timeZone, 'startsAt');
    if (request.endsAt !== undefined) session.endsAt = request.endsAt === null ? null : parseZonedInstant(request.endsAt, edition.timeZone, 'endsAt');
    if (request.day !== undefined) {
      if (request.day !== null && !isRealDate(request.day)) {
        throw new BadRequestException({ message: fieldsRefused({ day: SESSION_MESSAGES.notCalendarDate({ value: request.day }) }), errors: { day: SESSION_MESSAGES.notCalendarDate({ value: request.day }) } });
      }
      session.day = request.day;
    }
    if (request.roomId !== undefined) session.roomId = request.roomId;
    if (request.capacity !== undefined) session.capacity = request.capacity;
    if (request.status !== undefined) session.status = request.status;
    if (request.registrationOpensAt !== undefined) session.registrationOpensAt = request.registrationOpensAt === null ? null : new Date(request.registrationOpensAt);
    if (request.registrationClosesAt !== undefined) session.registrationClosesAt = request.registrationClosesAt === null ? null : new Date(request.registrationClosesAt);
    if (session.capacity !== null && session.capacity < taken) throw capacityBelowTaken(taken);
    if (session.kind === undefined || session.titleZh === undefined) {
      throw new BadRequestException({ message: SESSION_MESSAGES.needsKindAndTitle(), errors: { kind: FIELD_MESSAGES.required({ field: fieldLabel('kind') }), title: FIELD_MESSAGES.required({ field: fieldLabel('title') }) } });
    }
    if ((session.startsAt === null) !== (session.endsAt === null)) {
      throw new BadRequestException({
        message: SESSION_MESSAGES.bothTimes(),
        errors: { [session.startsAt === null ? 'startsAt' : 'endsAt']: SESSION_MESSAGES.otherTimeGiven() },
      });
    }
  }

  /**
   * Refuses the write (409, naming the conflicting session) when the schedule rules forbid it;
   * answers the session's room. `taken`: the seats taken in it now (a capacity at or below them
   * is never refused for the room's size: those attendees have their seats).
   */
  private async check(manager: Tx, session: Session, edition: Edition, taken: number): Promise<Room | null> {
    const room = session.roomId === null ? null : await this.rooms.findById(session.roomId, manager);
    if (session.roomId !== null && room?.editionId !== edition.id) {
      throw new BadRequestException({ message: fieldsRefused({ roomId: SESSION_MESSAGES.noRoom({ roomId: session.roomId, editionId: edition.id }) }), errors: { roomId: SESSION_MESSAGES.noRoom({ roomId: session.roomId, editionId: edition.id }) } });
    }
    const draft: SessionDraft = {
      id: session.id ?? null,
      titleZh: session.titleZh,
      kind: session.kind,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      roomId: session.roomId,
      capacity: session.capacity,
      status: session.status,
    };
    const errors = await this.conflicts.errorsFor(manager, draft, edition, taken);
    if (errors.length > 0) {
      throw new ConflictException({
        message: joined(errors.map((e) => e.message), { zh: '；', en: '; ' }),
        errors: Object.fromEntries(errors.map((e) => [e.code, e.message])),
        conflicts: errors,
      });
    }
    return room;
  }

  private async replaceHosts(manager: Tx, sessionId: number, hosts: SessionHostInput[]): Promise<void> {
    const found = await this.organizations.existing([...new Set(hosts.map((h) => h.organizationId))], manager);
    const missing = hosts.findIndex((h) => !found.has(h.organizationId));
    if (missing >= 0) {
      throw new BadRequestException({
        message: fieldsRefused({ [`hosts[${missing}].organizationId`]: SESSION_MESSAGES.noOrganization({ id: hosts[missing].organizationId }) }),
        errors: { [`hosts[${missing}].organizationId`]: SESSION_MESSAGES.noOrganization({ id: hosts[missing].organizationId }) },
      });
    }
    // The first of a repeated organization and role counts; the printed order is the request's.
    const seen = new Set<string>();
    const rows: NewHost[] = [];
    for (const [index, host] of hosts.entries()) {
      const role = host.role ?? 'host';
      if (seen.has(`${host.organizationId}:${role}`)) continue;
      seen.add(`${host.organizationId}:${role}`);
      rows.push({ organizationId: host.organizationId, role, displayOrder: index + 1, printedName: host.printedName ?? null });
    }
    await this.sessions.replaceHosts(manager, sessionId, rows);
  }
}

/**
 * The session's own capacity below the seats already taken. Lowering it to exactly that many is
 * always allowed, whatever the room: nobody loses a seat, and nobody else gets one.
 */
function capacityBelowTaken(taken: number): ConflictException {
  return new ConflictException({
    message: SESSION_MESSAGES.capacityBelowTaken({ taken }),
    errors: { capacity: SESSION_MESSAGES.atLeast({ taken }) },
  });
}

/** A session without its own capacity takes its room's seats as its limit: this room has fewer than are taken. */
function roomTooSmall(taken: number, room: Pick<Room, 'nameZh' | 'nameEn' | 'capacity'>): ConflictException {
  return new ConflictException({
    message: SESSION_MESSAGES.roomTooSmall({ taken, seats: room.capacity, room: named(room.nameZh, room.nameEn) }),
    errors: { roomId: SESSION_MESSAGES.roomSeatsTaken({ taken, seats: room.capacity }) },
  });
}
