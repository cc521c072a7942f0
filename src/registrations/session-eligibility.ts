import { UnprocessableEntityException } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { Edition } from '../editions/entities/edition.entity';
import { ProgramRelease } from '../releases/entities/program-release.entity';
import { ReleasedSession } from '../releases/entities/released-session.entity';
import { Session } from '../sessions/entities/session.entity';

/**
 * Refuses (422, naming each bad entry of sessionIds) sessions one cannot register for: unknown,
 * of another edition, not in the published program, cancelled, or outside their registration
 * window. Also refuses when the edition's own window is closed.
 */
export async function assertRegistrable(manager: EntityManager, edition: Edition, sessionIds: number[], now = new Date()): Promise<void> {
  const errors: Record<string, string> = {};
  if (edition.registrationOpensAt && now < edition.registrationOpensAt) {
    errors.registration = `registration opens at ${edition.registrationOpensAt.toISOString()}`;
  }
  if (edition.registrationClosesAt && now >= edition.registrationClosesAt) {
    errors.registration = `registration closed at ${edition.registrationClosesAt.toISOString()}`;
  }
  if (sessionIds.length > 0) {
    const sessions = new Map((await manager.find(Session, { where: { id: In(sessionIds) } })).map((s) => [s.id, s]));
    const release = await manager.findOne(ProgramRelease, { where: { editionId: edition.id }, order: { version: 'DESC' } });
    const published = new Map(
      release ? (await manager.find(ReleasedSession, { where: { releaseId: release.id, sessionId: In(sessionIds) } })).map((r) => [r.sessionId, r]) : [],
    );
    sessionIds.forEach((id, index) => {
      const field = `sessionIds[${index}]`;
      const session = sessions.get(id);
      const frozen = published.get(id);
      if (!session) errors[field] = `no session ${id}`;
      else if (session.editionId !== edition.id) errors[field] = `session ${id} belongs to another edition`;
      else if (!frozen) errors[field] = `session ${id} is not in the published program`;
      else if (frozen.status === 'cancelled' || session.status === 'cancelled') errors[field] = `session ${id} is cancelled`;
      else if (session.registrationOpensAt && now < session.registrationOpensAt) errors[field] = `registration for session ${id} opens at ${session.registrationOpensAt.toISOString()}`;
      else if (session.registrationClosesAt && now >= session.registrationClosesAt) errors[field] = `registration for session ${id} closed at ${session.registrationClosesAt.toISOString()}`;
    });
  }
  if (Object.keys(errors).length > 0) {
    throw new UnprocessableEntityException({ message: `Cannot register: ${Object.values(errors).join('; ')}`, errors });
  }
}
