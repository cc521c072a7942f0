import { EntityManager, In } from 'typeorm';
import { toZonedIso } from '../common/zoned-dates';
import { localDay } from '../common/zoned-input';
import { SessionSpeaker } from '../speakers/entities/session-speaker.entity';
import { SessionDto } from './dto/session.dto';
import { SessionRole } from './entities/session-role.entity';
import { Session } from './entities/session.entity';

/**
 * Sessions with their room, hosts and speakers, in time order, as SessionDto. Three queries
 * whatever the number of sessions, so a 1,000-session program costs the same round trips as one.
 */
export async function loadSessionViews(
  manager: EntityManager,
  where: { editionId: number } | { ids: number[] },
  timeZone: string,
): Promise<SessionDto[]> {
  const sessions = await manager.find(Session, {
    where: 'editionId' in where ? { editionId: where.editionId } : { id: In(where.ids.length ? where.ids : [0]) },
    relations: { room: true },
  });
  if (sessions.length === 0) return [];
  const ids = sessions.map((s) => s.id);
  const [roles, speakers] = await Promise.all([
    manager.find(SessionRole, { where: { sessionId: In(ids) }, relations: { organization: true }, order: { displayOrder: 'ASC', id: 'ASC' } }),
    manager.find(SessionSpeaker, { where: { sessionId: In(ids) }, relations: { speaker: true }, order: { displayOrder: 'ASC', id: 'ASC' } }),
  ]);
  return sessions.sort(bySchedule).map((s) => ({
    id: s.id,
    editionId: s.editionId,
    kind: s.kind,
    title: s.titleZh,
    titleEn: s.titleEn,
    theme: s.themeZh,
    themeEn: s.themeEn,
    description: s.descriptionZh,
    descriptionEn: s.descriptionEn,
    startsAt: s.startsAt ? toZonedIso(s.startsAt, timeZone) : null,
    endsAt: s.endsAt ? toZonedIso(s.endsAt, timeZone) : null,
    day: s.startsAt ? localDay(s.startsAt, timeZone) : s.day,
    room: s.room ? { id: s.room.id, name: s.room.nameZh, nameEn: s.room.nameEn } : null,
    capacity: s.capacity,
    status: s.status,
    hosts: roles
      .filter((r) => r.sessionId === s.id)
      .map((r) => ({ organizationId: r.organizationId, name: r.printedName ?? r.organization.nameZh, nameEn: r.organization.nameEn, role: r.role })),
    speakers: speakers
      .filter((a) => a.sessionId === s.id)
      .map((a) => ({
        speakerId: a.speakerId,
        name: a.speaker.nameZh,
        nameEn: a.speaker.nameEn,
        title: a.speaker.titleZh,
        titleEn: a.speaker.titleEn,
        affiliation: a.speaker.affiliationZh,
        affiliationEn: a.speaker.affiliationEn,
        role: a.role,
        displayOrder: a.displayOrder,
      })),
  }));
}

/** Scheduled sessions by start, then room; unscheduled ones after, by day and id. */
function bySchedule(a: Session, b: Session): number {
  if (a.startsAt && b.startsAt) {
    return a.startsAt.getTime() - b.startsAt.getTime() || (a.roomId ?? 0) - (b.roomId ?? 0) || a.id - b.id;
  }
  if (a.startsAt) return -1;
  if (b.startsAt) return 1;
  return (a.day ?? '').localeCompare(b.day ?? '') || a.id - b.id;
}
