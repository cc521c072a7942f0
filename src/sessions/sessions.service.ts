import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { assertUnreferenced } from '../common/references';
import { isRealDate, parseZonedInstant } from '../common/zoned-input';
import { ScheduleConflicts, SessionDraft } from '../conflicts/schedule-conflicts';
import { lockEdition } from '../editions/edition-lock';
import { Edition } from '../editions/entities/edition.entity';
import { Organization } from '../organizations/entities/organization.entity';
import { ReleasedSession } from '../releases/entities/released-session.entity';
import { WaitlistPromotion } from '../registrations/waitlist-promotion';
import { Room } from '../rooms/entities/room.entity';
import { SessionSpeaker } from '../speakers/entities/session-speaker.entity';
import { SessionDto } from './dto/session.dto';
import { CreateSessionRequest, SessionHostInput, UpdateSessionRequest } from './dto/session-write.dto';
import { SessionWriteResult } from './dto/session-write-result.dto';
import { SessionRole } from './entities/session-role.entity';
import { Session } from './entities/session.entity';
import { loadSessionViews } from './session-views';

@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly conflicts: ScheduleConflicts,
    private readonly audit: AuditService,
    private readonly waitlist: WaitlistPromotion,
  ) {}

  /** Every session of an edition, drafts included (organizers' view). */
  async listForEdition(editionId: number): Promise<SessionDto[]> {
    const edition = await this.dataSource.manager.findOne(Edition, { where: { id: editionId } });
    if (!edition) throw new NotFoundException(`No edition with id ${editionId}`);
    return loadSessionViews(this.dataSource.manager, { editionId }, edition.timeZone);
  }

  async findOne(id: number): Promise<SessionDto> {
    return this.view(this.dataSource.manager, await this.load(this.dataSource.manager, id));
  }

  async create(editionId: number, request: CreateSessionRequest, actor: AuthenticatedAccount): Promise<SessionWriteResult> {
    return this.dataSource.transaction(async (manager) => {
      const edition = await lockEdition(manager, editionId);
      const session = manager.create(Session, {
        editionId,
        status: 'scheduled',
        capacity: null,
        roomId: null,
        startsAt: null,
        endsAt: null,
        day: null,
        taken: 0,
        waitlistSeq: 0,
        registrationOpensAt: null,
        registrationClosesAt: null,
      });
      this.apply(session, request, edition);
      await this.check(manager, session, edition);
      await manager.save(session);
      if (request.hosts) await this.replaceHosts(manager, session.id, request.hosts);
      const view = await this.view(manager, session, edition);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'session', entityId: session.id, editionId, after: view });
      return { session: view, warnings: await this.conflicts.warningsFor(manager, session.id) };
    });
  }

  async update(id: number, request: UpdateSessionRequest, actor: AuthenticatedAccount): Promise<SessionWriteResult> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.load(manager, id);
      const edition = await lockEdition(manager, existing.editionId);
      const before = await this.view(manager, existing, edition);
      this.apply(existing, request, edition);
      await this.check(manager, existing, edition);
      await manager.save(existing);
      if (existing.capacity !== null) {
        // Seats may have been taken since this session was read: the capacity holds only if the
        // database agrees, checked in one conditional statement rather than on the stale count.
        const holds = await manager
          .createQueryBuilder()
          .update(Session)
          .set({ capacity: existing.capacity })
          .where('id = :id AND taken <= :capacity', { id, capacity: existing.capacity })
          .execute();
        if (holds.affected !== 1) {
          throw new ConflictException({ message: 'More seats of this session are taken than the new capacity', errors: { capacity: 'below the seats already taken' } });
        }
      }
      if (request.hosts) await this.replaceHosts(manager, id, request.hosts);
      // More seats (or no limit any more): the waitlist moves up at once.
      if (request.capacity !== undefined) await this.waitlist.fillFreeSeats(manager, id, edition);
      const after = await this.view(manager, existing, edition);
      await this.audit.record(manager, actor, { action: 'update', entityType: 'session', entityId: id, editionId: edition.id, before, after });
      return { session: after, warnings: await this.conflicts.warningsFor(manager, id) };
    });
  }

  async remove(id: number, actor: AuthenticatedAccount): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const session = await this.load(manager, id);
      const before = await this.view(manager, session);
      assertUnreferenced(`session ${id}`, [
        { what: 'program releases (cancel a published session instead: set status to cancelled)', count: await manager.countBy(ReleasedSession, { sessionId: id }) },
        { what: 'speaker appearances', count: await manager.countBy(SessionSpeaker, { sessionId: id }) },
      ]);
      // Hosts are part of the session itself (set with it), so they go with it.
      await manager.delete(SessionRole, { sessionId: id });
      await manager.delete(Session, { id });
      await this.audit.record(manager, actor, { action: 'delete', entityType: 'session', entityId: id, editionId: session.editionId, before });
    });
  }

  private async load(manager: EntityManager, id: number): Promise<Session> {
    const session = await manager.findOne(Session, { where: { id } });
    if (!session) throw new NotFoundException(`No session with id ${id}`);
    return session;
  }

  private async view(manager: EntityManager, session: Session, edition?: Edition): Promise<SessionDto> {
    const zone = edition?.timeZone ?? (await manager.findOneByOrFail(Edition, { id: session.editionId })).timeZone;
    const [view] = await loadSessionViews(manager, { ids: [session.id] }, zone);
    return view;
  }

  /** Copies the request onto the entity; times typed without an offset are the edition's wall time. */
  private apply(session: Session, request: UpdateSessionRequest, edition: Edition): void {
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
        throw new BadRequestException({ message: 'Invalid day', errors: { day: `"${request.day}" is not a calendar date` } });
      }
      session.day = request.day;
    }
    if (request.roomId !== undefined) session.roomId = request.roomId;
    if (request.capacity !== undefined) session.capacity = request.capacity;
    if (request.status !== undefined) session.status = request.status;
    if (request.registrationOpensAt !== undefined) session.registrationOpensAt = request.registrationOpensAt === null ? null : new Date(request.registrationOpensAt);
    if (request.registrationClosesAt !== undefined) session.registrationClosesAt = request.registrationClosesAt === null ? null : new Date(request.registrationClosesAt);
    if (session.capacity !== null && session.capacity < (session.taken ?? 0)) {
      throw new ConflictException({
        message: `${session.taken} seats of this session are already taken; capacity cannot go below that`,
        errors: { capacity: `at least ${session.taken}` },
      });
    }
    if (session.kind === undefined || session.titleZh === undefined) {
      throw new BadRequestException({ message: 'A session needs a kind and a title', errors: { kind: 'required', title: 'required' } });
    }
    if ((session.startsAt === null) !== (session.endsAt === null)) {
      throw new BadRequestException({
        message: 'Give both startsAt and endsAt, or neither for an unscheduled session',
        errors: { [session.startsAt === null ? 'startsAt' : 'endsAt']: 'required when the other time is given' },
      });
    }
  }

  /** Refuses the write (409, naming the conflicting session) when the schedule rules forbid it. */
  private async check(manager: EntityManager, session: Session, edition: Edition): Promise<void> {
    if (session.roomId !== null && !(await manager.existsBy(Room, { id: session.roomId, editionId: edition.id }))) {
      throw new BadRequestException({ message: 'Invalid roomId', errors: { roomId: `no room ${session.roomId} in edition ${edition.id}` } });
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
    const errors = await this.conflicts.errorsFor(manager, draft, edition);
    if (errors.length > 0) {
      throw new ConflictException({
        message: errors.map((e) => e.message).join('; '),
        errors: Object.fromEntries(errors.map((e) => [e.code, e.message])),
        conflicts: errors,
      });
    }
  }

  private async replaceHosts(manager: EntityManager, sessionId: number, hosts: SessionHostInput[]): Promise<void> {
    const ids = [...new Set(hosts.map((h) => h.organizationId))];
    const found = new Set((await manager.findBy(Organization, { id: In(ids) })).map((o) => o.id));
    const missing = hosts.findIndex((h) => !found.has(h.organizationId));
    if (missing >= 0) {
      throw new BadRequestException({
        message: 'Invalid hosts',
        errors: { [`hosts[${missing}].organizationId`]: `no organization with id ${hosts[missing].organizationId}` },
      });
    }
    const seen = new Set<string>();
    await manager.delete(SessionRole, { sessionId });
    for (const [index, host] of hosts.entries()) {
      const role = host.role ?? 'host';
      if (seen.has(`${host.organizationId}:${role}`)) continue;
      seen.add(`${host.organizationId}:${role}`);
      await manager.insert(SessionRole, { sessionId, organizationId: host.organizationId, role, displayOrder: index + 1, printedName: host.printedName ?? null });
    }
  }
}
