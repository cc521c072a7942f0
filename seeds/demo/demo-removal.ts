import { EntityManager, In, QueryFailedError } from 'typeorm';
import { EditionRole } from '../../src/editions/entities/edition-role.entity';
import { Edition } from '../../src/editions/entities/edition.entity';
import { OutboxMessage } from '../../src/notifications/entities/outbox-message.entity';
import { Registration } from '../../src/registrations/entities/registration.entity';
import { SessionSeat } from '../../src/seats/entities/session-seat.entity';
import { ProgramRelease } from '../../src/releases/entities/program-release.entity';
import { ReleasedSession } from '../../src/releases/entities/released-session.entity';
import { Room } from '../../src/rooms/entities/room.entity';
import { SessionRole } from '../../src/sessions/entities/session-role.entity';
import { Session } from '../../src/sessions/entities/session.entity';
import { SessionSpeaker } from '../../src/speakers/entities/session-speaker.entity';
import { Speaker } from '../../src/speakers/entities/speaker.entity';

/** IN lists in slices: SQLite and MySQL both cap the parameters of one statement. */
async function inSlices(ids: number[], work: (slice: number[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) await work(ids.slice(i, i + 500));
}

/**
 * Deletes an edition and what the demo generator makes for one (for --replace), children
 * first, in the caller's transaction. Speakers go too when they appear nowhere else. Rows of
 * kinds the generator never makes (e.g. partner grants) make the foreign keys refuse, and the
 * message says so instead of deleting more than asked.
 */
export async function removeEdition(manager: EntityManager, editionId: number): Promise<void> {
  try {
    const sessionIds = (await manager.find(Session, { where: { editionId }, select: { id: true } })).map((s) => s.id);
    const registrationIds = (await manager.find(Registration, { where: { editionId }, select: { id: true } })).map((r) => r.id);
    const releaseIds = (await manager.find(ProgramRelease, { where: { editionId }, select: { id: true } })).map((r) => r.id);
    const speakerIds = new Set<number>();
    await inSlices(sessionIds, async (ids) => {
      for (const a of await manager.find(SessionSpeaker, { where: { sessionId: In(ids) }, select: { speakerId: true } })) speakerIds.add(a.speakerId);
    });
    await inSlices(registrationIds, (ids) => manager.delete(SessionSeat, { registrationId: In(ids) }));
    await inSlices(registrationIds, (ids) => manager.delete(OutboxMessage, { registrationId: In(ids) }));
    await inSlices(sessionIds, (ids) => manager.delete(SessionSeat, { sessionId: In(ids) }));
    await manager.delete(Registration, { editionId });
    await inSlices(releaseIds, (ids) => manager.delete(ReleasedSession, { releaseId: In(ids) }));
    await manager.delete(ProgramRelease, { editionId });
    await inSlices(sessionIds, (ids) => manager.delete(SessionSpeaker, { sessionId: In(ids) }));
    await inSlices(sessionIds, (ids) => manager.delete(SessionRole, { sessionId: In(ids) }));
    await manager.delete(Session, { editionId });
    await manager.delete(Room, { editionId });
    await manager.delete(EditionRole, { editionId });
    await manager.delete(Edition, { id: editionId });
    const stillSpeaking = new Set<number>();
    await inSlices([...speakerIds], async (ids) => {
      for (const a of await manager.find(SessionSpeaker, { where: { speakerId: In(ids) }, select: { speakerId: true } })) stillSpeaking.add(a.speakerId);
    });
    await inSlices([...speakerIds].filter((id) => !stillSpeaking.has(id)), (ids) => manager.delete(Speaker, { id: In(ids) }));
  } catch (error) {
    if (error instanceof QueryFailedError && /foreign key/i.test(error.message)) {
      throw new Error(`Cannot replace edition ${editionId}: other rows refer to it that the demo generator did not make (${error.message})`);
    }
    throw error;
  }
}
