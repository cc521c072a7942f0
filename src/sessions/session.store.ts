import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { SessionRole } from './entities/session-role.entity';

/** The only code that reads and writes session and session_role; other modules call this, never the entities. */
@Injectable()
export class SessionStore {
  constructor(private readonly dataSource: DataSource) {}

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
