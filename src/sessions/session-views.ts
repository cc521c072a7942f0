import { toZonedIso } from '../common/zoned-dates';
import { localDay } from '../common/zoned-input';
import type { SessionSpeaker } from '../speakers/speaker.store';
import { SessionDto } from './dto/session.dto';
import type { Session, SessionRoleWithOrganization, SessionWithRoom } from './session.store';

/** Sessions with their room, hosts and speakers as SessionDto, in time order. */
export function composeSessionViews(sessions: SessionWithRoom[], roles: SessionRoleWithOrganization[], speakers: SessionSpeaker[], timeZone: string): SessionDto[] {
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
    registrationOpensAt: s.registrationOpensAt ? toZonedIso(s.registrationOpensAt, timeZone) : null,
    registrationClosesAt: s.registrationClosesAt ? toZonedIso(s.registrationClosesAt, timeZone) : null,
    hosts: roles
      .filter((r) => r.sessionId === s.id)
      .map((r) => ({ organizationId: r.organizationId, name: r.printedName ?? r.organization.nameZh, nameEn: r.organization.nameEn, role: r.role, printedName: r.printedName })),
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
