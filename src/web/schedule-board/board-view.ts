import { Injectable } from '@nestjs/common';
import type { AuthenticatedAccount } from '../../auth/authenticated-account';
import { ConflictsService } from '../../conflicts/conflicts.service';
import type { ConflictDto } from '../../conflicts/dto/conflict.dto';
import { EditionsService } from '../../editions/editions.service';
import { RoomsService } from '../../rooms/rooms.service';
import type { SessionDto } from '../../sessions/dto/session.dto';
import { SessionsService } from '../../sessions/sessions.service';
import { daysBetween, scheduleBoard, SLOT_MINUTES } from './board-layout';

export type BoardCard = SessionDto & { conflict: 'error' | 'warning' | null; conflictMessages: ConflictDto['message'][]; startWall: string | null; endWall: string | null };

/** One edition's draft schedule as the board draws it: rooms × quarter hours per day, each session marked by its worst conflict. */
@Injectable()
export class ScheduleBoardView {
  constructor(
    private readonly editions: EditionsService,
    private readonly sessions: SessionsService,
    private readonly rooms: RoomsService,
    private readonly conflicts: ConflictsService,
  ) {}

  async model(editionId: number, viewer: AuthenticatedAccount) {
    const edition = await this.editions.findOne({ id: editionId }, viewer);
    const [sessions, rooms, conflicts] = await Promise.all([this.sessions.listForEdition(editionId), this.rooms.list(editionId), this.conflicts.forEdition(editionId)]);
    const found = new Map<number, ConflictDto[]>();
    for (const c of [...conflicts.errors, ...conflicts.warnings]) {
      for (const id of [c.sessionId, c.otherSessionId]) if (id !== undefined) found.set(id, [...(found.get(id) ?? []), c]);
    }
    const cards: BoardCard[] = sessions.map((s) => {
      const own = found.get(s.id) ?? [];
      return {
        ...s,
        conflict: own.some((c) => c.severity === 'error') ? 'error' : own.length > 0 ? 'warning' : null,
        conflictMessages: own.map((c) => c.message),
        startWall: s.startsAt?.slice(0, 16) ?? null,
        endWall: s.endsAt?.slice(0, 16) ?? null,
      };
    });
    const board = scheduleBoard(cards, rooms.map((r) => ({ id: r.id, name: r.name, nameEn: r.nameEn })), // An edition whose dates are to be announced has no day columns: its sessions wait in the untimed lane.
      edition.startDate !== null && edition.endDate !== null ? daysBetween(edition.startDate, edition.endDate) : []);
    return { edition, board, rooms, slotMinutes: SLOT_MINUTES, conflictCount: conflicts.errors.length + conflicts.warnings.length };
  }
}
