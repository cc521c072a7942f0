import { UnprocessableEntityException } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { Edition } from '../editions/entities/edition.entity';
import type { ProgramRelease } from '../releases/entities/program-release.entity';
import { ReleasedSession } from '../releases/entities/released-session.entity';
import { Session } from '../sessions/entities/session.entity';

/**
 * Refuses (422, naming each bad entry of sessionIds) sessions one cannot register for: unknown,
 * of another edition, not in the published program, cancelled, or outside their registration
 * window. Also refuses when the edition's own window is closed. Answers the sessions as the
 * edition's latest release froze them, which is what the attendee is shown.
 */
export async function assertRegistrable(
  manager: EntityManager,
  edition: Edition,
  release: ProgramRelease | null,
  sessionIds: number[],
  now = new Date(),
): Promise<Map<number, ReleasedSession>> {
  const errors: Record<string, string> = {};
  if (edition.registrationOpensAt && now < edition.registrationOpensAt) {
    errors.registration = `registration opens at ${edition.registrationOpensAt.toISOString()}`;
  }
  if (edition.registrationClosesAt && now >= edition.registrationClosesAt) {
    errors.registration = `registration closed at ${edition.registrationClosesAt.toISOString()}`;
  }
  const published = new Map<number, ReleasedSession>();
  if (sessionIds.length > 0) {
    const [sessionRows, frozenRows] = await Promise.all([
      manager.find(Session, { where: { id: In(sessionIds) } }),
      release ? manager.find(ReleasedSession, { where: { releaseId: release.id, sessionId: In(sessionIds) } }) : [],
    ]);
    const sessions = new Map(sessionRows.map((s) => [s.id, s]));
    for (const row of frozenRows) published.set(row.sessionId, row);
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
  return published;
}
