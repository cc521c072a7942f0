import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { SessionRole } from './entities/session-role.entity';
import { Session } from './entities/session.entity';

/** The only code that reads and writes session and session_role; other modules call this, never the entities. */
@Injectable()
export class SessionStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for partners
  find(id: number, tx: Tx = this.dataSource.manager): Promise<Session | null> {
    return tx.findOne(Session, { where: { id } });
  }

  organizationHosts(sessionId: number, organizationId: number, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(SessionRole, { sessionId, organizationId });
  }

  /** The organization's session roles in every edition, each with its session. */
  rolesOfOrganization(organizationId: number, tx: Tx = this.dataSource.manager): Promise<SessionRole[]> {
    return tx
      .createQueryBuilder(SessionRole, 'r')
      .innerJoinAndSelect('r.session', 's')
      .where('r.organization_id = :organizationId', { organizationId })
      .getMany();
  }

  organizationHostsIn(editionId: number, organizationId: number, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx
      .createQueryBuilder(SessionRole, 'r')
      .innerJoin('r.session', 's')
      .where('r.organization_id = :organizationId AND s.edition_id = :editionId', { organizationId, editionId })
      .getExists();
  }

  /** The organization's roles in an edition's sessions, with session and room, in time order. */
  hostedIn(editionId: number, organizationId: number, tx: Tx = this.dataSource.manager): Promise<SessionRole[]> {
    return tx
      .createQueryBuilder(SessionRole, 'r')
      .innerJoinAndSelect('r.session', 's')
      .leftJoinAndSelect('s.room', 'room')
      .where('r.organization_id = :organizationId AND s.edition_id = :editionId', { organizationId, editionId })
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  /** The organization's role in one session of a shown (not draft) edition, with session, room and edition; null otherwise. */
  hostedShown(sessionId: number, organizationId: number, tx: Tx = this.dataSource.manager): Promise<SessionRole | null> {
    return tx
      .createQueryBuilder(SessionRole, 'r')
      .innerJoinAndSelect('r.session', 's')
      .leftJoinAndSelect('s.room', 'room')
      .innerJoinAndSelect('s.edition', 'e')
      .where('r.organization_id = :organizationId AND r.session_id = :sessionId', { organizationId, sessionId })
      .andWhere("e.status <> 'draft'")
      .getOne();
  }

  // — for documents
  /** The sessions where the organization holds a role (hosts or organizes). */
  sessionsHostedBy(organizationId: number, tx: Tx = this.dataSource.manager): Promise<number[]> {
    return sessionsHostedBy(tx, organizationId);
  }
}

// — for documents
/**
 * The sessions where an organization holds a role. Also a plain function, for the releases
 * module, which the sessions module depends on (through registrations) and so cannot import.
 */
export async function sessionsHostedBy(tx: Tx, organizationId: number): Promise<number[]> {
  return (await tx.find(SessionRole, { where: { organizationId }, select: { sessionId: true } })).map((r) => r.sessionId);
}
