import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { Page } from '../common/pagination';
import { retryTransient } from '../common/transient-failure';
import { Edition } from '../editions/entities/edition.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { Session } from '../sessions/entities/session.entity';
import { CheckInDto, EditionAttendanceDto } from './dto/attendance.dto';
import { RegistrationDto } from './dto/registration.dto';
import { RegistrationQuery } from './dto/registration-query.dto';
import { Registration } from './entities/registration.entity';
import { SessionSeat } from './entities/session-seat.entity';
import { csvDocument, STATUS_LABELS } from './registration-csv';
import { decisionMessage, promotionMessage } from './registration-messages';
import { RegistrationViews } from './registration-views';
import { RegistrationsService } from './registrations.service';
import { SeatAllocator } from './seat-allocator';

/** Organizers' side of registrations: lists, approval, waitlist by hand, check-in, export, counts. */
@Injectable()
export class RegistrationAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: RegistrationViews,
    private readonly registrations: RegistrationsService,
    private readonly seats: SeatAllocator,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async list(editionId: number, query: RegistrationQuery): Promise<Page<RegistrationDto>> {
    const edition = await this.edition(editionId);
    const qb = this.dataSource.manager.createQueryBuilder(Registration, 'r').where('r.edition_id = :editionId', { editionId }).orderBy('r.id', 'ASC');
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.sessionId !== undefined) {
      qb.andWhere(
        `r.id IN (SELECT s.registration_id FROM session_seat s WHERE s.session_id = :sessionId${query.seatStatus ? ' AND s.status = :seatStatus' : " AND s.status <> 'cancelled'"})`,
        { sessionId: query.sessionId, seatStatus: query.seatStatus },
      );
    }
    const [rows, total] = await qb.skip(query.offset).take(query.limit).getManyAndCount();
    return { items: await this.views.viewMany(this.dataSource.manager, rows, edition), total };
  }

  async findOne(code: string): Promise<RegistrationDto> {
    const registration = await this.byCode(this.dataSource.manager, code);
    return this.views.view(this.dataSource.manager, registration, await this.edition(registration.editionId));
  }

  async decide(code: string, approve: boolean, actor: AuthenticatedAccount): Promise<RegistrationDto> {
    const registration = await this.byCode(this.dataSource.manager, code);
    const edition = await this.edition(registration.editionId);
    if (registration.status !== 'pending') {
      throw new ConflictException({ message: `Registration ${code} is ${registration.status}, not pending`, errors: { status: registration.status } });
    }
    if (!approve) {
      const view = await this.registrations.cancelRegistration(registration, 'rejected');
      await this.dataSource.transaction(async (manager) => {
        await this.notifications.enqueue(manager, decisionMessage(registration, edition, false));
        await this.audit.record(manager, actor, { action: 'reject', entityType: 'registration', entityId: registration.id, editionId: edition.id, after: { code, status: 'rejected' } });
      });
      return view;
    }
    return this.dataSource.transaction(async (manager) => {
      const approved = await manager.createQueryBuilder().update(Registration).set({ status: 'confirmed' }).where("id = :id AND status = 'pending'", { id: registration.id }).execute();
      if (approved.affected !== 1) throw new ConflictException(`Registration ${code} was decided meanwhile`);
      await this.notifications.enqueue(manager, decisionMessage(registration, edition, true));
      await this.audit.record(manager, actor, { action: 'approve', entityType: 'registration', entityId: registration.id, editionId: edition.id, after: { code, status: 'confirmed' } });
      return this.views.view(manager, await manager.findOneByOrFail(Registration, { id: registration.id }), edition);
    });
  }

  /** Moves one waitlisted attendee into a free seat by hand, out of turn; never beyond capacity. */
  async promote(code: string, sessionId: number, actor: AuthenticatedAccount): Promise<RegistrationDto> {
    const registration = await this.byCode(this.dataSource.manager, code);
    const edition = await this.edition(registration.editionId);
    return retryTransient(() =>
      this.dataSource.transaction(async (manager) => {
        const seat = await manager.findOne(SessionSeat, { where: { registrationId: registration.id, sessionId } });
        if (!seat || seat.status !== 'waitlisted') {
          throw new ConflictException({ message: `${code} is not on the waitlist of session ${sessionId}`, errors: { sessionId: 'not waitlisted there' } });
        }
        const took = await manager
          .createQueryBuilder()
          .update(Session)
          .set({ taken: () => 'taken + 1' })
          .where('id = :sessionId AND (capacity IS NULL OR taken < capacity)', { sessionId })
          .execute();
        if (took.affected !== 1) {
          throw new ConflictException({ message: `Session ${sessionId} has no free seat; raise its capacity first`, errors: { sessionId: 'no free seat' } });
        }
        const promotedAt = new Date();
        await manager.update(SessionSeat, { id: seat.id }, { status: 'confirmed', promotedAt });
        const title = (await manager.findOneByOrFail(Session, { id: sessionId })).titleZh;
        await this.notifications.enqueue(manager, promotionMessage(registration, edition, title, seat.id, promotedAt));
        await this.audit.record(manager, actor, { action: 'promote', entityType: 'session_seat', entityId: seat.id, editionId: edition.id, after: { code, sessionId } });
        return this.views.view(manager, registration, edition);
      }),
    );
  }

  /** Marks arrival once; a second check-in says when the first was. */
  async checkIn(code: string, actor: AuthenticatedAccount): Promise<CheckInDto> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await this.byCode(manager, code);
      if (registration.status !== 'confirmed') {
        throw new ConflictException({ message: `Registration ${code} is ${registration.status}; only confirmed attendees check in`, errors: { status: registration.status } });
      }
      // Whole seconds: what a datetime column keeps, so the time reported now is the one reported later.
      const now = new Date(Math.floor(Date.now() / 1000) * 1000);
      const marked = await manager.createQueryBuilder().update(Registration).set({ checkedInAt: now }).where('id = :id AND checked_in_at IS NULL', { id: registration.id }).execute();
      if (marked.affected !== 1) {
        const first = (await manager.findOneByOrFail(Registration, { id: registration.id })).checkedInAt!;
        throw new ConflictException({ message: `${code} already checked in at ${first.toISOString()}`, errors: { code: `checked in at ${first.toISOString()}` }, checkedInAt: first.toISOString() });
      }
      await this.audit.record(manager, actor, { action: 'check_in', entityType: 'registration', entityId: registration.id, editionId: registration.editionId, after: { code, checkedInAt: now } });
      return { code, name: registration.name, checkedInAt: now.toISOString() };
    });
  }

  async attendance(editionId: number): Promise<EditionAttendanceDto> {
    await this.edition(editionId);
    const manager = this.dataSource.manager;
    const byStatus: { status: string; count: string; checkedIn: string }[] = await manager
      .createQueryBuilder(Registration, 'r')
      .select('r.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .addSelect('SUM(CASE WHEN r.checked_in_at IS NULL THEN 0 ELSE 1 END)', 'checkedIn')
      .where('r.edition_id = :editionId', { editionId })
      .groupBy('r.status')
      .getRawMany();
    const seatRows: { sessionId: number; status: string; count: string; checkedIn: string }[] = await manager
      .createQueryBuilder(SessionSeat, 's')
      .innerJoin('s.registration', 'r')
      .select('s.session_id', 'sessionId')
      .addSelect('s.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .addSelect('SUM(CASE WHEN r.checked_in_at IS NULL THEN 0 ELSE 1 END)', 'checkedIn')
      .where('r.edition_id = :editionId', { editionId })
      .groupBy('s.session_id')
      .addGroupBy('s.status')
      .getRawMany();
    const sessions = await manager.find(Session, { where: { editionId }, order: { startsAt: 'ASC', id: 'ASC' } });
    const count = (status: string) => Number(byStatus.find((r) => r.status === status)?.count ?? 0);
    const seatCount = (sessionId: number, status: string, field: 'count' | 'checkedIn' = 'count') =>
      Number(seatRows.find((r) => Number(r.sessionId) === sessionId && r.status === status)?.[field] ?? 0);
    return {
      editionId,
      registrations: byStatus.reduce((sum, r) => sum + Number(r.count), 0),
      pending: count('pending'),
      confirmed: count('confirmed'),
      cancelled: count('cancelled'),
      rejected: count('rejected'),
      checkedIn: byStatus.reduce((sum, r) => sum + Number(r.checkedIn ?? 0), 0),
      sessions: sessions.map((s) => ({
        sessionId: s.id,
        title: s.titleZh,
        capacity: s.capacity,
        confirmed: seatCount(s.id, 'confirmed'),
        waitlisted: seatCount(s.id, 'waitlisted'),
        cancelled: seatCount(s.id, 'cancelled'),
        checkedIn: seatCount(s.id, 'confirmed', 'checkedIn'),
      })),
    };
  }

  async csv(editionId: number): Promise<{ body: Buffer; filename: string }> {
    const edition = await this.edition(editionId);
    const manager = this.dataSource.manager;
    const registrations = await manager.find(Registration, { where: { editionId }, order: { id: 'ASC' } });
    const seats = await manager
      .createQueryBuilder(SessionSeat, 's')
      .innerJoinAndSelect('s.session', 'x')
      .where('x.edition_id = :editionId', { editionId })
      .orderBy('s.session_id', 'ASC')
      .getMany();
    const bySeat = new Map<number, SessionSeat[]>();
    for (const seat of seats) bySeat.set(seat.registrationId, [...(bySeat.get(seat.registrationId) ?? []), seat]);
    const rows = registrations.map((r) => [
      r.code,
      r.name,
      r.email,
      r.phone,
      r.organization,
      r.title,
      STATUS_LABELS[r.status],
      r.createdAt.toISOString(),
      r.checkedInAt?.toISOString() ?? '',
      (bySeat.get(r.id) ?? []).filter((s) => s.status !== 'cancelled').map((s) => `${s.session.titleZh}（${STATUS_LABELS[s.status as 'confirmed' | 'waitlisted']}）`).join('；'),
    ]);
    return {
      body: csvDocument(['参会码', '姓名', '邮箱', '电话', '单位', '职务', '状态', '报名时间', '签到时间', '分论坛'], rows),
      filename: `${edition.slug}-registrations.csv`,
    };
  }

  private async byCode(manager: EntityManager, code: string): Promise<Registration> {
    const registration = await manager.findOne(Registration, { where: { code } });
    if (!registration) throw new NotFoundException(`No registration ${code.slice(0, 20)}`);
    return registration;
  }

  private async edition(id: number): Promise<Edition> {
    const edition = await this.dataSource.manager.findOne(Edition, { where: { id } });
    if (!edition) throw new NotFoundException(`No edition with id ${id}`);
    return edition;
  }
}
