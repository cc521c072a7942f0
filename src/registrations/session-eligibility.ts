import { UnprocessableEntityException } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { Edition } from '../editions/entities/edition.entity';
import type { ProgramRelease } from '../releases/entities/program-release.entity';
import { ReleasedSession } from '../releases/entities/released-session.entity';
import { Session } from '../sessions/entities/session.entity';

/** Why one cannot register: `reason` for the pages to word in the reader's language, `detail` as the API answers it. */
export interface Refusal {
  reason: 'notYetOpen' | 'closed' | 'unknown' | 'otherEdition' | 'unpublished' | 'cancelled';
  /** When the window opens or closed, for `notYetOpen` and `closed`. */
  at?: Date;
  detail: string;
}

export interface Eligibility {
  /** The edition's own registration window, when it refuses every registration. */
  edition: Refusal | null;
  /** Session id → why it cannot be chosen; a session not named here can. */
  sessions: Map<number, Refusal>;
  /** The sessions as the edition's latest release froze them. */
  published: Map<number, ReleasedSession>;
}

/**
 * Which of these sessions one may register for now: not unknown, of another edition, missing
 * from the published program, cancelled, or outside their registration window; and whether the
 * edition's own window is open.
 */
export async function registrability(manager: EntityManager, edition: Edition, release: ProgramRelease | null, sessionIds: number[], now = new Date()): Promise<Eligibility> {
  let editionRefusal: Refusal | null = null;
  if (edition.registrationOpensAt && now < edition.registrationOpensAt) {
    editionRefusal = { reason: 'notYetOpen', at: edition.registrationOpensAt, detail: `registration opens at ${edition.registrationOpensAt.toISOString()}` };
  }
  if (edition.registrationClosesAt && now >= edition.registrationClosesAt) {
    editionRefusal = { reason: 'closed', at: edition.registrationClosesAt, detail: `registration closed at ${edition.registrationClosesAt.toISOString()}` };
  }
  const published = new Map<number, ReleasedSession>();
  const refusals = new Map<number, Refusal>();
  if (sessionIds.length > 0) {
    const [sessionRows, frozenRows] = await Promise.all([
      manager.find(Session, { where: { id: In(sessionIds) } }),
      release ? manager.find(ReleasedSession, { where: { releaseId: release.id, sessionId: In(sessionIds) } }) : [],
    ]);
    const sessions = new Map(sessionRows.map((s) => [s.id, s]));
    for (const row of frozenRows) published.set(row.sessionId, row);
    for (const id of sessionIds) {
      const session = sessions.get(id);
      const frozen = published.get(id);
      let refusal: Refusal | null = null;
      if (!session) refusal = { reason: 'unknown', detail: `no session ${id}` };
      else if (session.editionId !== edition.id) refusal = { reason: 'otherEdition', detail: `session ${id} belongs to another edition` };
      else if (!frozen) refusal = { reason: 'unpublished', detail: `session ${id} is not in the published program` };
      else if (frozen.status === 'cancelled' || session.status === 'cancelled') refusal = { reason: 'cancelled', detail: `session ${id} is cancelled` };
      else if (session.registrationOpensAt && now < session.registrationOpensAt) {
        refusal = { reason: 'notYetOpen', at: session.registrationOpensAt, detail: `registration for session ${id} opens at ${session.registrationOpensAt.toISOString()}` };
      } else if (session.registrationClosesAt && now >= session.registrationClosesAt) {
        refusal = { reason: 'closed', at: session.registrationClosesAt, detail: `registration for session ${id} closed at ${session.registrationClosesAt.toISOString()}` };
      }
      if (refusal) refusals.set(id, refusal);
    }
  }
  return { edition: editionRefusal, sessions: refusals, published };
}

/**
 * Refuses (422, naming each bad entry of sessionIds) sessions one cannot register for (see
 * registrability), and every registration while the edition's own window is closed. Answers the
 * sessions as the edition's latest release froze them, which is what the attendee is shown.
 */
export async function assertRegistrable(
  manager: EntityManager,
  edition: Edition,
  release: ProgramRelease | null,
  sessionIds: number[],
  now = new Date(),
): Promise<Map<number, ReleasedSession>> {
  const eligibility = await registrability(manager, edition, release, sessionIds, now);
  const errors: Record<string, string> = {};
  if (eligibility.edition) errors.registration = eligibility.edition.detail;
  sessionIds.forEach((id, index) => {
    const refusal = eligibility.sessions.get(id);
    if (refusal) errors[`sessionIds[${index}]`] = refusal.detail;
  });
  if (Object.keys(errors).length > 0) {
    throw new UnprocessableEntityException({ message: `Cannot register: ${Object.values(errors).join('; ')}`, errors });
  }
  return eligibility.published;
}
