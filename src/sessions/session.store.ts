import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Tx } from '../database/transactions';
import { insertRow } from '../database/plain-insert';
import { SeatStore } from '../seats/seat.store';
import { SpeakerStore } from '../speakers/speaker.store';
import { SessionDto } from './dto/session.dto';
import { SessionRole } from './entities/session-role.entity';
import { Session } from './entities/session.entity';
import { composeSessionViews } from './session-views';

export type NewHost = Pick<SessionRole, 'organizationId' | 'role' | 'displayOrder' | 'printedName'>;

/** The only code that reads and writes session and session_role; other modules call this, never the entities. */
@Injectable()
export class SessionStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: SeatStore,
    private readonly speakers: SpeakerStore,
  ) {}

  /**
   * The one way a session row comes to be: with it, the seats module opens its seat pool
   * (limited to the session's capacity), in the same transaction. Answers the new id.
   */
  async create(tx: Tx, values: Partial<Session>): Promise<number> {
    const id = await insertRow(tx, Session, values);
    await this.seats.open(tx, id, values.capacity ?? null);
    return id;
  }

  find(id: number, tx: Tx = this.dataSource.manager): Promise<Session | null> {
    return tx.findOne(Session, { where: { id } });
  }

  /** The session, or 404 `No session with id …`. */
  async require(id: number, tx: Tx = this.dataSource.manager): Promise<Session> {
    const session = await this.find(id, tx);
    if (!session) throw new NotFoundException(`No session with id ${id}`);
    return session;
  }

  findMany(ids: number[], tx: Tx = this.dataSource.manager): Promise<Session[]> {
    if (!ids.length) return Promise.resolve([]);
    return tx.find(Session, { where: { id: In(ids) } });
  }

  /** An edition's sessions by start, then id. */
  ofEdition(editionId: number, tx: Tx = this.dataSource.manager): Promise<Session[]> {
    return tx.find(Session, { where: { editionId }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  async titleOf(id: number, tx: Tx = this.dataSource.manager): Promise<string> {
    return (await tx.findOneOrFail(Session, { where: { id }, select: { id: true, titleZh: true } })).titleZh;
  }

  /** Writes a session's changed columns (its seat pool is the seat store's: see SeatStore.resize). */
  async save(tx: Tx, session: Session): Promise<void> {
    await tx.save(Session, session);
  }

  /** A session never published, with its hosts (part of the session itself); its seat pool goes with it (ON DELETE CASCADE). */
  async delete(tx: Tx, id: number): Promise<void> {
    await tx.delete(SessionRole, { sessionId: id });
    await tx.delete(Session, { id });
  }

  /** The session's hosts from now on, in this order. */
  async replaceHosts(tx: Tx, sessionId: number, hosts: NewHost[]): Promise<void> {
    await tx.delete(SessionRole, { sessionId });
    for (const host of hosts) await tx.insert(SessionRole, { sessionId, ...host });
  }

  /**
   * Sessions with their room, hosts and speakers, in time order, as SessionDto. Three queries
   * whatever the number of sessions, so a 1,000-session program costs the same round trips as one.
   */
  async views(where: { editionId: number } | { ids: number[] }, timeZone: string, tx: Tx = this.dataSource.manager): Promise<SessionDto[]> {
    const sessions = await tx.find(Session, {
      where: 'editionId' in where ? { editionId: where.editionId } : { id: In(where.ids.length ? where.ids : [0]) },
      relations: { room: true },
    });
    if (sessions.length === 0) return [];
    const ids = sessions.map((s) => s.id);
    const [roles, appearances] = await Promise.all([
      tx.find(SessionRole, { where: { sessionId: In(ids) }, relations: { organization: true }, order: { displayOrder: 'ASC', id: 'ASC' } }),
      this.speakers.appearancesIn(ids, tx),
    ]);
    return composeSessionViews(sessions, roles, appearances, timeZone);
  }
}
