import { ConflictException, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { assertUnreferenced } from '../common/references';
import { Transactions, type Tx } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import { SeatStore } from '../seats/seat.store';
import type { Session } from '../sessions/session.store';
import { SessionStore } from '../sessions/session.store';
import { CreateRoomRequest, RoomDto, UpdateRoomRequest } from './dto/room.dto';
import { RoomStore } from './room.store';
import { ROOM_MESSAGES } from './room-messages';
import { joined } from '../common/i18n/local-text';
import { REFERENCE_MESSAGES } from '../common/i18n/reference-messages';

@Injectable()
export class RoomsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly rooms: RoomStore,
    private readonly editions: EditionStore,
    private readonly sessions: SessionStore,
    private readonly seats: SeatStore,
    private readonly audit: AuditService,
  ) {}

  async list(editionId: number): Promise<RoomDto[]> {
    await this.editions.require(editionId);
    const rooms = await this.rooms.ofEdition(editionId);
    return rooms.map((r) => RoomDto.from(r));
  }

  async create(editionId: number, request: CreateRoomRequest, actor: AuthenticatedAccount): Promise<RoomDto> {
    return this.transactions.run(async (tx) => {
      await this.editions.lock(editionId, tx);
      await this.assertNameFree(tx, editionId, request.name, null);
      const room = await this.rooms.save(
        {
          editionId,
          nameZh: request.name,
          nameEn: request.nameEn ?? null,
          capacity: request.capacity ?? null,
          displayOrder: request.displayOrder ?? (await this.rooms.countOfEdition(editionId, tx)) + 1,
        },
        tx,
      );
      await this.audit.record(tx, actor, { action: 'create', entityType: 'room', entityId: room.id, editionId, after: RoomDto.from(room) });
      return RoomDto.from(room);
    });
  }

  async update(id: number, request: UpdateRoomRequest, actor: AuthenticatedAccount): Promise<RoomDto> {
    return this.transactions.run(async (tx) => {
      const room = await this.rooms.require(id, tx);
      await this.editions.lock(room.editionId, tx);
      const before = RoomDto.from(room);
      if (request.name !== undefined) {
        await this.assertNameFree(tx, room.editionId, request.name, id);
        room.nameZh = request.name;
      }
      if (request.nameEn !== undefined) room.nameEn = request.nameEn;
      if (request.displayOrder !== undefined) room.displayOrder = request.displayOrder;
      const grows = request.capacity !== undefined && request.capacity !== room.capacity && (request.capacity === null || (room.capacity !== null && request.capacity > room.capacity));
      const shrinks = request.capacity !== undefined && request.capacity !== room.capacity && !grows;
      // The sessions without a capacity of their own take the room's seats as their limit.
      const bound = request.capacity !== undefined && request.capacity !== room.capacity ? await this.sessions.boundByRoom(id, tx) : [];
      if (shrinks) await this.assertFits(tx, id, request.capacity!, bound);
      if (request.capacity !== undefined) room.capacity = request.capacity;
      // A bigger room is never refused; a smaller one was checked above, and is checked again by
      // each session's seat counter in one conditional statement, against registrations meanwhile.
      for (const session of bound) {
        if (grows) await this.seats.raise(tx, session.id, room.capacity);
        else if (!(await this.seats.resize(tx, session.id, room.capacity))) await this.assertFits(tx, id, room.capacity!, [session]);
      }
      await this.rooms.save(room, tx);
      if (grows) for (const session of bound) await this.seats.promote(tx, session.id);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'room', entityId: id, editionId: room.editionId, before, after: RoomDto.from(room) });
      return RoomDto.from(room);
    });
  }

  async remove(id: number, actor: AuthenticatedAccount): Promise<void> {
    await this.transactions.run(async (tx) => {
      const room = await this.rooms.require(id, tx);
      assertUnreferenced(REFERENCE_MESSAGES.room({ id }), [{ what: 'sessions', count: await this.sessions.countInRoom(id, tx) }]);
      await this.rooms.delete(id, tx);
      await this.audit.record(tx, actor, { action: 'delete', entityType: 'room', entityId: id, editionId: room.editionId, before: RoomDto.from(room) });
    });
  }

  /**
   * Refuses (409) a smaller room while a session in it offers more seats (its own capacity: lower
   * that first) or, without a capacity of its own, has more seats taken than the room would have.
   */
  private async assertFits(tx: Tx, roomId: number, capacity: number, bound: Session[]): Promise<void> {
    const over = await this.sessions.aboveCapacityInRoom(roomId, capacity, 5, tx);
    if (over.length > 0) {
      throw new ConflictException({
        message: ROOM_MESSAGES.sessionsAbove({
          capacity,
          sessions: joined(over.map((s) => ROOM_MESSAGES.sessionSeats({ title: s.titleZh, id: s.id, capacity: s.capacity })), { zh: '、', en: ', ' }),
        }),
        errors: { capacity: ROOM_MESSAGES.belowSessions() },
      });
    }
    const counts = await this.seats.counts(bound.map((s) => s.id), tx);
    const full = bound.filter((s) => (counts.find((c) => c.sessionId === s.id)?.taken ?? 0) > capacity);
    if (full.length > 0) {
      throw new ConflictException({
        message: ROOM_MESSAGES.boundSessionsFull({
          capacity,
          sessions: joined(full.map((s) => ROOM_MESSAGES.sessionTaken({ title: s.titleZh, id: s.id, taken: counts.find((c) => c.sessionId === s.id)!.taken })), { zh: '、', en: ', ' }),
        }),
        errors: { capacity: ROOM_MESSAGES.belowTaken() },
      });
    }
  }

  private async assertNameFree(tx: Tx, editionId: number, name: string, exceptId: number | null): Promise<void> {
    const existing = await this.rooms.findByName(editionId, name, tx);
    if (existing && existing.id !== exceptId) {
      throw new ConflictException({ message: ROOM_MESSAGES.nameTaken({ name, id: existing.id }), errors: { name: ROOM_MESSAGES.nameUsed() } });
    }
  }
}
