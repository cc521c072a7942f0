import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { toZonedIso } from '../common/zoned-dates';
import type { Edition } from '../editions/entities/edition.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { Registration } from '../registrations/entities/registration.entity';
import { SessionSeat } from '../seats/entities/session-seat.entity';
import type { ProgramRelease } from './entities/program-release.entity';
import { ReleasedSession, SessionChange } from './entities/released-session.entity';

/** What attendees must hear about: their session moved, was cancelled or came back. */
const ANNOUNCED: SessionChange[] = ['moved', 'cancelled', 'restored'];

/**
 * Tells every attendee holding a place (seat or waitlist) in a session that a release moved,
 * cancelled or restored it; written in the release's own transaction, so a published change
 * is always announced and an unpublished one never is.
 */
@Injectable()
export class ReleaseAnnouncements {
  constructor(private readonly notifications: NotificationsService) {}

  async announce(manager: EntityManager, edition: Edition, release: ProgramRelease): Promise<number> {
    const changed = (await manager.find(ReleasedSession, { where: { releaseId: release.id } })).filter((s) => s.changes.some((c) => ANNOUNCED.includes(c)));
    if (changed.length === 0) return 0;
    const seats = await manager.find(SessionSeat, { where: { sessionId: In(changed.map((s) => s.sessionId)), status: In(['confirmed', 'waitlisted']) } });
    const registrations = new Map(
      (await manager.find(Registration, { where: { id: In([...new Set(seats.map((s) => s.registrationId))].concat(0)), status: In(['pending', 'confirmed']) } })).map((r) => [r.id, r]),
    );
    let sent = 0;
    for (const seat of seats) {
      const registration = registrations.get(seat.registrationId);
      const session = changed.find((s) => s.sessionId === seat.sessionId)!;
      if (!registration) continue;
      const when = session.startsAt ? toZonedIso(session.startsAt, edition.timeZone).slice(0, 16).replace('T', ' ') : '时间待定';
      const what = session.status === 'cancelled' ? '已取消' : `调整为 ${when}${session.roomNameZh ? `，${session.roomNameZh}` : ''}`;
      await this.notifications.enqueue(manager, {
        kind: 'session_changed',
        dedupeKey: `session_changed:${release.id}:${session.sessionId}:${registration.id}`,
        registrationId: registration.id,
        toAddress: registration.email,
        subject: `日程变更：${session.titleZh}`,
        body: `${registration.name}，您好：\n\n${edition.titleZh}「${session.titleZh}」${what}（第 ${release.version} 版议程）。\n参会码：${registration.code}\n`,
      });
      sent++;
    }
    return sent;
  }
}
