import { Injectable } from '@nestjs/common';
import { Brackets, EntityManager, In } from 'typeorm';
import { localDay } from '../common/zoned-input';
import type { Edition } from '../editions/entities/edition.entity';
import { Room } from '../rooms/entities/room.entity';
import { SessionRole } from '../sessions/entities/session-role.entity';
import { Session } from '../sessions/entities/session.entity';
import { SessionSpeaker } from '../speakers/entities/session-speaker.entity';
import { ConflictDto, EditionConflictsDto } from './dto/conflict.dto';

/** What a session would be after a write; id null for one not created yet. */
export interface SessionDraft {
  id: number | null;
  titleZh: string;
  kind: Session['kind'];
  startsAt: Date | null;
  endsAt: Date | null;
  roomId: number | null;
  capacity: number | null;
  status: Session['status'];
}

interface Timed {
  id: number;
  startsAt: Date;
  endsAt: Date;
}

const quote = (title: string) => `「${title}」`;

/**
 * The schedule's rules. Errors (room double-booked, outside the edition's days, ending before
 * it starts, more seats than the room) refuse a write; warnings (a speaker or a hosting body
 * in two places at once, across editions and brands too) are reported and let through.
 * Cancelled and unscheduled sessions take part in neither. Times compare as instants.
 */
@Injectable()
export class ScheduleConflicts {
  /** The errors a session write would cause; empty means the write may go ahead. */
  async errorsFor(manager: EntityManager, draft: SessionDraft, edition: Edition): Promise<ConflictDto[]> {
    const errors: ConflictDto[] = [];
    const sessionId = draft.id ?? 0;
    const room = draft.roomId === null ? null : await manager.findOne(Room, { where: { id: draft.roomId } });
    if (room && draft.capacity !== null && room.capacity !== null && draft.capacity > room.capacity) {
      errors.push(this.capacityError(sessionId, draft.capacity, room));
    }
    if (!draft.startsAt || !draft.endsAt || draft.status === 'cancelled') return errors;
    if (draft.endsAt.getTime() <= draft.startsAt.getTime()) {
      errors.push({ severity: 'error', code: 'ends_before_start', sessionId, message: 'The session must end after it starts' });
      return errors;
    }
    const outside = this.outsideEdition(sessionId, { startsAt: draft.startsAt, endsAt: draft.endsAt }, edition);
    if (outside) errors.push(outside);
    if (draft.roomId !== null) {
      const clashes = await manager
        .createQueryBuilder(Session, 's')
        .where('s.room_id = :roomId', { roomId: draft.roomId })
        .andWhere('s.id <> :sessionId', { sessionId })
        .andWhere("s.status = 'scheduled'")
        .andWhere('s.starts_at < :endsAt AND s.ends_at > :startsAt', { startsAt: draft.startsAt, endsAt: draft.endsAt })
        .orderBy('s.starts_at', 'ASC')
        .getMany();
      for (const other of clashes) errors.push(this.roomError(sessionId, other, room));
    }
    return errors;
  }

  /** Warnings about one (saved) session: its speakers and hosts elsewhere at the same time. */
  async warningsFor(manager: EntityManager, sessionId: number): Promise<ConflictDto[]> {
    const session = await manager.findOne(Session, { where: { id: sessionId } });
    if (!session || !session.startsAt || !session.endsAt || session.status !== 'scheduled') return [];
    const window = { startsAt: session.startsAt, endsAt: session.endsAt };
    const speakerIds = (await manager.find(SessionSpeaker, { where: { sessionId } })).map((a) => a.speakerId);
    const hostIds = session.kind === 'sub_forum'
      ? (await manager.find(SessionRole, { where: { sessionId, role: 'host' } })).map((r) => r.organizationId)
      : [];
    const [speakerRows, hostRows] = await Promise.all([
      this.appearances(manager, speakerIds, window),
      this.hostings(manager, hostIds, window),
    ]);
    return [
      ...speakerRows.filter((r) => r.session.id !== sessionId).map((r) => this.speakerWarning(sessionId, r.session, r.speakerId)),
      ...hostRows.filter((r) => r.session.id !== sessionId).map((r) => this.hostWarning(sessionId, r.session, r.organizationId)),
    ];
  }

  /** Everything wrong or doubtful in an edition's schedule, as it stands. */
  async forEdition(manager: EntityManager, edition: Edition): Promise<EditionConflictsDto> {
    const sessions = await manager.find(Session, { where: { editionId: edition.id }, relations: { room: true } });
    const errors: ConflictDto[] = [];
    const timed = sessions.filter((s): s is Session & Timed => !!s.startsAt && !!s.endsAt && s.status === 'scheduled');
    for (const s of sessions) {
      if (s.room && s.capacity !== null && s.room.capacity !== null && s.capacity > s.room.capacity) {
        errors.push(this.capacityError(s.id, s.capacity, s.room));
      }
    }
    for (const s of timed) {
      if (s.endsAt <= s.startsAt) {
        errors.push({ severity: 'error', code: 'ends_before_start', sessionId: s.id, message: 'The session must end after it starts' });
      }
      const outside = this.outsideEdition(s.id, s, edition);
      if (outside) errors.push(outside);
    }
    const byRoom = groupBy(timed.filter((s) => s.roomId !== null), (s) => s.roomId!);
    for (const list of byRoom.values()) {
      for (const [a, b] of overlappingPairs(list)) errors.push(this.roomError(a.id, b, a.room));
    }

    const warnings: ConflictDto[] = [];
    if (timed.length > 0) {
      const window = {
        startsAt: new Date(Math.min(...timed.map((s) => s.startsAt.getTime()))),
        endsAt: new Date(Math.max(...timed.map((s) => s.endsAt.getTime()))),
      };
      const ids = timed.map((s) => s.id);
      const speakerIds = [...new Set((await manager.find(SessionSpeaker, { where: { sessionId: In(ids) } })).map((a) => a.speakerId))];
      const hostIds = [
        ...new Set(
          (await manager.find(SessionRole, { where: { sessionId: In(ids), role: 'host' } }))
            .filter((r) => timed.some((s) => s.id === r.sessionId && s.kind === 'sub_forum'))
            .map((r) => r.organizationId),
        ),
      ];
      const mine = new Set(ids);
      for (const [speakerId, rows] of groupBy(await this.appearances(manager, speakerIds, window), (r) => r.speakerId)) {
        for (const [a, b] of overlappingPairs(rows.map((r) => r.session))) {
          if (mine.has(a.id)) warnings.push(this.speakerWarning(a.id, b, speakerId));
          if (mine.has(b.id)) warnings.push(this.speakerWarning(b.id, a, speakerId));
        }
      }
      for (const [organizationId, rows] of groupBy(await this.hostings(manager, hostIds, window), (r) => r.organizationId)) {
        for (const [a, b] of overlappingPairs(rows.map((r) => r.session))) {
          if (mine.has(a.id)) warnings.push(this.hostWarning(a.id, b, organizationId));
          if (mine.has(b.id)) warnings.push(this.hostWarning(b.id, a, organizationId));
        }
      }
    }
    return { errors, warnings };
  }

  /** Scheduled sessions, in any edition, where one of these speakers appears within the window. */
  private async appearances(manager: EntityManager, speakerIds: number[], window: { startsAt: Date; endsAt: Date }) {
    if (speakerIds.length === 0) return [];
    const rows = await manager
      .createQueryBuilder(SessionSpeaker, 'a')
      .innerJoinAndSelect('a.session', 's')
      .where('a.speaker_id IN (:...speakerIds)', { speakerIds })
      .andWhere("s.status = 'scheduled'")
      .andWhere(new Brackets((w) => w.where('s.starts_at < :endsAt AND s.ends_at > :startsAt', window)))
      .getMany();
    return rows.map((a) => ({ speakerId: a.speakerId, session: a.session as Session & Timed }));
  }

  /** Scheduled sub-forums, in any edition, hosted by one of these organizations within the window. */
  private async hostings(manager: EntityManager, organizationIds: number[], window: { startsAt: Date; endsAt: Date }) {
    if (organizationIds.length === 0) return [];
    const rows = await manager
      .createQueryBuilder(SessionRole, 'r')
      .innerJoinAndSelect('r.session', 's')
      .where('r.organization_id IN (:...organizationIds)', { organizationIds })
      .andWhere("r.role = 'host'")
      .andWhere("s.kind = 'sub_forum' AND s.status = 'scheduled'")
      .andWhere('s.starts_at < :endsAt AND s.ends_at > :startsAt', window)
      .getMany();
    return rows.map((r) => ({ organizationId: r.organizationId, session: r.session as Session & Timed }));
  }

  private outsideEdition(sessionId: number, s: { startsAt: Date; endsAt: Date }, edition: Edition): ConflictDto | null {
    const firstDay = localDay(s.startsAt, edition.timeZone);
    // A session ending at midnight ends on the day before.
    const lastDay = localDay(new Date(s.endsAt.getTime() - 1), edition.timeZone);
    if (firstDay >= edition.startDate && lastDay <= edition.endDate) return null;
    return {
      severity: 'error',
      code: 'outside_edition_dates',
      sessionId,
      message: `The session (${firstDay}${lastDay !== firstDay ? ` to ${lastDay}` : ''}) lies outside the edition's days ${edition.startDate} to ${edition.endDate} (${edition.timeZone})`,
    };
  }

  private roomError(sessionId: number, other: Session, room: Room | null): ConflictDto {
    return {
      severity: 'error',
      code: 'room_overlap',
      sessionId,
      otherSessionId: other.id,
      otherSessionTitle: other.titleZh,
      roomId: other.roomId ?? undefined,
      message: `Overlaps ${quote(other.titleZh)} (session ${other.id}) in the same room${room ? ` ${quote(room.nameZh)}` : ''}`,
    };
  }

  private capacityError(sessionId: number, capacity: number, room: Room): ConflictDto {
    return {
      severity: 'error',
      code: 'capacity_above_room',
      sessionId,
      roomId: room.id,
      message: `Capacity ${capacity} is above the ${room.capacity} seats of the room ${quote(room.nameZh)}`,
    };
  }

  private speakerWarning(sessionId: number, other: Session, speakerId: number): ConflictDto {
    return {
      severity: 'warning',
      code: 'speaker_overlap',
      sessionId,
      otherSessionId: other.id,
      otherSessionTitle: other.titleZh,
      otherEditionId: other.editionId,
      speakerId,
      message: `Speaker ${speakerId} is also in ${quote(other.titleZh)} (session ${other.id}, edition ${other.editionId}) at the same time`,
    };
  }

  private hostWarning(sessionId: number, other: Session, organizationId: number): ConflictDto {
    return {
      severity: 'warning',
      code: 'host_overlap',
      sessionId,
      otherSessionId: other.id,
      otherSessionTitle: other.titleZh,
      otherEditionId: other.editionId,
      organizationId,
      message: `Organization ${organizationId} also hosts the sub-forum ${quote(other.titleZh)} (session ${other.id}) at the same time`,
    };
  }
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/** Every pair of distinct items whose [start, end) intervals overlap, by a sweep over start times. */
function overlappingPairs<T extends Timed>(items: T[]): [T, T][] {
  const unique = [...new Map(items.map((i) => [i.id, i])).values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const pairs: [T, T][] = [];
  for (let i = 0; i < unique.length; i++) {
    for (let j = i + 1; j < unique.length && unique[j].startsAt < unique[i].endsAt; j++) {
      if (unique[j].endsAt > unique[i].startsAt) pairs.push([unique[i], unique[j]]);
    }
  }
  return pairs;
}
