import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import type { Edition } from '../editions/edition.store';
import { RoomStore } from '../rooms/room.store';
import type { Session } from '../sessions/session.store';
import { SeatEvents } from '../seats/seat-events';
import { SeatStore } from '../seats/seat.store';
import { SessionStore } from '../sessions/session.store';
import { SpeakerStore } from '../speakers/speaker.store';
import { ConflictDto, EditionConflictsDto } from './dto/conflict.dto';
import { capacityAboveRoom, editionErrors, endsBeforeStart, hostOverlap, isTimed, outsideEdition, overlapWarnings, roomOverlap, spanOf, speakerOverlap, withTimedSession } from './schedule-rules';

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

/**
 * The schedule's rules applied to the database. Errors (room double-booked, outside the
 * edition's days, ending before it starts, more seats than the room) refuse a write; warnings
 * (a speaker or a hosting body in two places at once, across editions and brands too) are
 * reported and let through. Cancelled and unscheduled sessions take part in neither. Times
 * compare as instants. The rules themselves are the pure functions of schedule-rules.ts.
 */
@Injectable()
export class ScheduleConflicts {
  constructor(
    private readonly rooms: RoomStore,
    private readonly speakers: SpeakerStore,
    private readonly sessions: SessionStore,
    private readonly seats: SeatStore,
  ) {}

  /** The rules outside the application (the seed and demo loaders), over the stores of that data source. */
  static standalone(dataSource: DataSource): ScheduleConflicts {
    const speakers = new SpeakerStore(dataSource);
    const seats = new SeatStore(dataSource, new SeatEvents());
    return new ScheduleConflicts(new RoomStore(dataSource), speakers, new SessionStore(dataSource, seats, speakers), seats);
  }

  /** The errors a session write would cause; empty means the write may go ahead. `taken`: the seats taken in it now. */
  async errorsFor(tx: Tx, draft: SessionDraft, edition: Edition, taken = 0): Promise<ConflictDto[]> {
    const errors: ConflictDto[] = [];
    const sessionId = draft.id ?? 0;
    const room = draft.roomId === null ? null : await this.rooms.findById(draft.roomId, tx);
    const capacity = capacityAboveRoom(sessionId, draft.capacity, room, taken);
    if (capacity) errors.push(capacity);
    if (!draft.startsAt || !draft.endsAt || draft.status === 'cancelled') return errors;
    const window = { startsAt: draft.startsAt, endsAt: draft.endsAt };
    const order = endsBeforeStart(sessionId, window);
    if (order) return [...errors, order];
    const outside = outsideEdition(sessionId, window, edition);
    if (outside) errors.push(outside);
    if (draft.roomId !== null) {
      for (const other of await this.sessions.scheduledInRoomDuring(draft.roomId, sessionId, window, tx)) errors.push(roomOverlap(sessionId, other, room));
    }
    return errors;
  }

  /** Warnings about one (saved) session: its speakers and hosts elsewhere at the same time. */
  async warningsFor(tx: Tx, sessionId: number): Promise<ConflictDto[]> {
    const session = await this.sessions.find(sessionId, tx);
    if (!session || !isTimed(session)) return [];
    const window = { startsAt: session.startsAt, endsAt: session.endsAt };
    const speakerIds = await this.speakers.speakerIdsOn([sessionId], tx);
    const hostIds = session.kind === 'sub_forum' ? (await this.sessions.hostRolesOf([sessionId], tx)).map((r) => r.organizationId) : [];
    const [speakerRows, hostRows] = await Promise.all([
      this.speakers.appearancesDuring(speakerIds, window, tx),
      this.sessions.subForumsHostedDuring(hostIds, window, tx),
    ]);
    return [
      ...speakerRows.filter((r) => r.session.id !== sessionId).map((r) => speakerOverlap(sessionId, r.session, r.speakerId, r.speaker, session.editionId)),
      ...hostRows.filter((r) => r.session.id !== sessionId).map((r) => hostOverlap(sessionId, r.session, r.organizationId, r.organization, session.editionId)),
    ];
  }

  /** Everything wrong or doubtful in an edition's schedule, as it stands. */
  async forEdition(tx: Tx, edition: Edition): Promise<EditionConflictsDto> {
    const sessions = await this.sessions.ofEdition(edition.id, tx);
    const pools = await this.seats.counts(sessions.filter((s) => s.capacity !== null).map((s) => s.id), tx);
    const errors = editionErrors(sessions, edition, new Map(pools.map((p) => [p.sessionId, p.taken])));
    const timed = sessions.filter(isTimed);
    if (timed.length === 0) return { errors, warnings: [] };
    const window = spanOf(timed);
    const ids = timed.map((s) => s.id);
    const subForums = new Set(timed.filter((s) => s.kind === 'sub_forum').map((s) => s.id));
    const speakerIds = await this.speakers.speakerIdsOn(ids, tx);
    const hostIds = [...new Set((await this.sessions.hostRolesOf(ids, tx)).filter((r) => subForums.has(r.sessionId)).map((r) => r.organizationId))];
    const appearances = withTimedSession(await this.speakers.appearancesDuring(speakerIds, window, tx));
    const hostings = withTimedSession(await this.sessions.subForumsHostedDuring(hostIds, window, tx));
    return { errors, warnings: overlapWarnings(new Set(ids), appearances, hostings) };
  }
}
