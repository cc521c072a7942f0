import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, In, IsNull, MoreThan, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { Tx } from '../database/transactions';
import type { Edition } from '../editions/edition.store';
import type { Organization } from '../organizations/organization.store';
import type { Room } from '../rooms/room.store';
import { insertRow } from '../database/plain-insert';
import { SeatEvents } from '../seats/seat-events';
import { SeatStore } from '../seats/seat.store';
import { SpeakerStore } from '../speakers/speaker.store';
import { SessionDto } from './dto/session.dto';
import { SessionRole } from './entities/session-role.entity';
import { Session } from './entities/session.entity';
import { composeSessionViews } from './session-views';
import { moveOrganizationRoles } from '../organizations/organization-role-merge';
import { SESSION_MESSAGES } from './session-messages';

/** The row types this module answers with, for other modules to name (they never query them). */
export type { SessionRole } from './entities/session-role.entity';
export type { Session } from './entities/session.entity';

/**
 * Sessions and roles read with rows other modules own (room, edition, organization): joined by
 * entity name in the query, never through a relation of the entity, which keeps only the ids.
 */
export type SessionWithRoom = Session & { room: Room | null };
export type SessionInEdition = Session & { edition: Edition };
export type SessionRoleWithOrganization = SessionRole & { organization: Organization };

export type NewHost = Pick<SessionRole, 'organizationId' | 'role' | 'displayOrder' | 'printedName'>;

/** A span of time between two instants, [startsAt, endsAt). */
interface Window {
  startsAt: Date;
  endsAt: Date;
}

/** The only code that reads and writes session and session_role; other modules call this, never the entities. */
@Injectable()
export class SessionStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: SeatStore,
    private readonly speakers: SpeakerStore,
  ) {}

  /** The store outside the application (the seed and demo loaders), with the stores it writes through. */
  static standalone(dataSource: DataSource): SessionStore {
    return new SessionStore(dataSource, new SeatStore(dataSource, new SeatEvents()), new SpeakerStore(dataSource));
  }

  /**
   * The one way a session row comes to be: with it, the seats module opens its seat pool, limited
   * to `seats` (see seatLimit: its capacity, else its room's), in the same transaction. Answers the new id.
   */
  async create(tx: Tx, values: Partial<Session>, seats: number | null): Promise<number> {
    const id = await insertRow(tx, Session, values);
    await this.seats.open(tx, id, seats);
    return id;
  }

  find(id: number, tx: Tx = this.dataSource.manager): Promise<Session | null> {
    return tx.findOne(Session, { where: { id } });
  }

  /** The session, or 404 `No session with id …`. */
  async require(id: number, tx: Tx = this.dataSource.manager): Promise<Session> {
    const session = await this.find(id, tx);
    if (!session) throw new NotFoundException({ message: SESSION_MESSAGES.notFound({ id }) });
    return session;
  }

  findMany(ids: number[], tx: Tx = this.dataSource.manager): Promise<Session[]> {
    if (!ids.length) return Promise.resolve([]);
    return tx.find(Session, { where: { id: In(ids) } });
  }

  /** An edition's sessions, each with its room, by start, then id. */
  ofEdition(editionId: number, tx: Tx = this.dataSource.manager): Promise<SessionWithRoom[]> {
    return withRoom(tx.createQueryBuilder(Session, 's'))
      .where('s.edition_id = :editionId', { editionId })
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany() as Promise<SessionWithRoom[]>;
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
    const qb = withRoom(tx.createQueryBuilder(Session, 's'));
    if ('editionId' in where) qb.where('s.edition_id = :editionId', { editionId: where.editionId });
    else qb.where('s.id IN (:...ids)', { ids: where.ids.length ? where.ids : [0] });
    const sessions = (await qb.getMany()) as SessionWithRoom[];
    if (sessions.length === 0) return [];
    const ids = sessions.map((s) => s.id);
    const [roles, appearances] = await Promise.all([
      withOrganization(tx.createQueryBuilder(SessionRole, 'r'))
        .where('r.session_id IN (:...ids)', { ids })
        .orderBy('r.display_order', 'ASC')
        .addOrderBy('r.id', 'ASC')
        .getMany() as Promise<SessionRoleWithOrganization[]>,
      this.speakers.appearancesIn(ids, tx),
    ]);
    return composeSessionViews(sessions, roles, appearances, timeZone);
  }

  organizationHosts(sessionId: number, organizationId: number, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(SessionRole, { sessionId, organizationId });
  }

  /** The session roles an organization holds, with session and edition, newest edition first. */
  rolesOfOrganization(organizationId: number, includeDrafts: boolean): Promise<Array<SessionRole & { session: SessionInEdition }>> {
    return inEdition(this.dataSource.manager.createQueryBuilder(SessionRole, 'r').innerJoinAndSelect('r.session', 's'))
      .where('r.organization_id = :organizationId', { organizationId })
      .andWhere(includeDrafts ? '1 = 1' : "e.status <> 'draft'")
      .orderBy('e.start_date', 'DESC')
      .addOrderBy('s.id', 'ASC')
      .getMany() as Promise<Array<SessionRole & { session: SessionInEdition }>>;
  }

  organizationHostsIn(editionId: number, organizationId: number, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx
      .createQueryBuilder(SessionRole, 'r')
      .innerJoin('r.session', 's')
      .where('r.organization_id = :organizationId AND s.edition_id = :editionId', { organizationId, editionId })
      .getExists();
  }

  /** The organization's roles in an edition's sessions, with session and room, in time order. */
  hostedIn(editionId: number, organizationId: number, tx: Tx = this.dataSource.manager): Promise<Array<SessionRole & { session: SessionWithRoom }>> {
    return withRoom(tx.createQueryBuilder(SessionRole, 'r').innerJoinAndSelect('r.session', 's'))
      .where('r.organization_id = :organizationId AND s.edition_id = :editionId', { organizationId, editionId })
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany() as Promise<Array<SessionRole & { session: SessionWithRoom }>>;
  }

  /** The organization's role in one session of a shown (not draft) edition, with session, room and edition; null otherwise. */
  hostedShown(sessionId: number, organizationId: number, tx: Tx = this.dataSource.manager): Promise<(SessionRole & { session: SessionWithRoom & SessionInEdition }) | null> {
    return inEdition(withRoom(tx.createQueryBuilder(SessionRole, 'r').innerJoinAndSelect('r.session', 's')))
      .where('r.organization_id = :organizationId AND r.session_id = :sessionId', { organizationId, sessionId })
      .andWhere("e.status <> 'draft'")
      .getOne() as Promise<(SessionRole & { session: SessionWithRoom & SessionInEdition }) | null>;
  }

  /** The sessions where the organization holds a role (hosts or organizes). */
  async sessionsHostedBy(organizationId: number, tx: Tx = this.dataSource.manager): Promise<number[]> {
    return (await tx.find(SessionRole, { where: { organizationId }, select: { sessionId: true } })).map((r) => r.sessionId);
  }

  scheduledOfEdition(editionId: number, tx: Tx = this.dataSource.manager): Promise<Session[]> {
    return tx.find(Session, { where: { editionId, status: 'scheduled' } });
  }

  countOfEdition(editionId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(Session, { editionId });
  }

  countInRoom(roomId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(Session, { roomId });
  }

  /** The sessions in the room without a capacity of their own: the room's seats are their limit. */
  boundByRoom(roomId: number, tx: Tx = this.dataSource.manager): Promise<Session[]> {
    return tx.find(Session, { where: { roomId, capacity: IsNull() }, order: { id: 'ASC' } });
  }

  /** Up to `limit` sessions in the room that offer more than `capacity` seats. */
  aboveCapacityInRoom(roomId: number, capacity: number, limit: number, tx: Tx = this.dataSource.manager): Promise<Session[]> {
    return tx.find(Session, { where: { roomId, capacity: MoreThan(capacity) }, take: limit });
  }

  /** Scheduled sessions in the room that overlap the window, other than `exceptId`, earliest first. */
  scheduledInRoomDuring(roomId: number, exceptId: number, window: Window, tx: Tx = this.dataSource.manager): Promise<Session[]> {
    return tx
      .createQueryBuilder(Session, 's')
      .where('s.room_id = :roomId', { roomId })
      .andWhere('s.id <> :exceptId', { exceptId })
      .andWhere("s.status = 'scheduled'")
      .andWhere('s.starts_at < :endsAt AND s.ends_at > :startsAt', window)
      .orderBy('s.starts_at', 'ASC')
      .getMany();
  }

  /** The host roles (session_role `host`) of these sessions. */
  hostRolesOf(sessionIds: number[], tx: Tx = this.dataSource.manager): Promise<SessionRole[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return tx.find(SessionRole, { where: { sessionId: In(sessionIds), role: 'host' } });
  }

  /** Scheduled sub-forums, in any edition, hosted by one of these organizations within the window. */
  async subForumsHostedDuring(organizationIds: number[], window: Window, tx: Tx = this.dataSource.manager): Promise<{ organizationId: number; organization: Organization; session: SessionInEdition }[]> {
    if (organizationIds.length === 0) return [];
    // With the organization and the session's edition: warnings name them.
    const rows = (await withOrganization(inEdition(tx.createQueryBuilder(SessionRole, 'r').innerJoinAndSelect('r.session', 's')))
      .where('r.organization_id IN (:...organizationIds)', { organizationIds })
      .andWhere("r.role = 'host'")
      .andWhere("s.kind = 'sub_forum' AND s.status = 'scheduled'")
      .andWhere('s.starts_at < :endsAt AND s.ends_at > :startsAt', window)
      .getMany()) as Array<SessionRoleWithOrganization & { session: SessionInEdition }>;
    return rows.map((r) => ({ organizationId: r.organizationId, organization: r.organization, session: r.session }));
  }

  /** Gives a copied session the same organizations in the same roles. */
  async copyRoles(fromSessionId: number, toSessionId: number, tx: Tx): Promise<void> {
    for (const host of await tx.find(SessionRole, { where: { sessionId: fromSessionId } })) {
      await tx.insert(SessionRole, {
        sessionId: toSessionId,
        organizationId: host.organizationId,
        role: host.role,
        displayOrder: host.displayOrder,
        printedName: host.printedName,
      });
    }
  }

  countRolesOfOrganization(organizationId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(SessionRole, { organizationId });
  }

  /**
   * A merge: the duplicate's session roles move to the kept organization, printed under the
   * name they had; a role the kept one already holds is dropped.
   */
  moveOrganizationRoles(duplicateId: number, keptId: number, duplicateName: string, tx: Tx): Promise<{ moved: number; dropped: number }> {
    return moveOrganizationRoles(tx, SessionRole, 'sessionId', { duplicateId, keptId, duplicateName });
  }

  /** The organization's session roles in every edition, each with its session. */
  rolesHeldBy(organizationId: number, tx: Tx = this.dataSource.manager): Promise<SessionRole[]> {
    return tx
      .createQueryBuilder(SessionRole, 'r')
      .innerJoinAndSelect('r.session', 's')
      .where('r.organization_id = :organizationId', { organizationId })
      .getMany();
  }
}

/** Maps each session (alias `s`) its room, if any, as `room` (the rooms module's row, entity `Room`). */
function withRoom<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return qb.leftJoinAndMapOne('s.room', 'Room', 'room', 'room.id = s.room_id');
}

/** Maps each session (alias `s`) its edition as `edition` (alias `e`; the editions module's row). */
function inEdition<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return qb.innerJoinAndMapOne('s.edition', 'Edition', 'e', 'e.id = s.edition_id');
}

/** Maps each role (alias `r`) its organization as `organization` (alias `o`; the organizations module's row). */
function withOrganization<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return qb.innerJoinAndMapOne('r.organization', 'Organization', 'o', 'o.id = r.organization_id');
}
