import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Tx } from '../database/transactions';
import type { Organization } from '../organizations/organization.store';
import type { Session } from '../sessions/session.store';
import { SessionDelegation } from './entities/session-delegation.entity';
import { SessionProposal } from './entities/session-proposal.entity';
import type { ProposalStatus } from './proposal-kind';

/** The row types this module answers with, for other modules to name (they never query them). */
export type { SessionProposal } from './entities/session-proposal.entity';

/** A proposal read with its session and organization (joined by entity name: other modules own them). */
export type ProposalWithNames = SessionProposal & { session: Session; organization: Organization };

export type NewProposal = Pick<SessionProposal, 'sessionId' | 'organizationId' | 'editionId' | 'kind' | 'content' | 'photoFile' | 'proposedById'>;

/**
 * The only code that reads and writes session_delegation and session_proposal. What a partner
 * asks for is found by a query naming its organization: another body's proposal is not found.
 */
@Injectable()
export class DelegationStore {
  constructor(private readonly dataSource: DataSource) {}

  async allow(sessionId: number, organizationId: number, allowedById: number, tx: Tx): Promise<boolean> {
    if (await this.isDelegated(sessionId, organizationId, tx)) return false;
    // orIgnore: two organizers allowing at once both succeed, and one row remains.
    await tx.createQueryBuilder().insert().into(SessionDelegation).values({ sessionId, organizationId, allowedById, allowedAt: new Date() }).orIgnore().updateEntity(false).execute();
    return true;
  }

  async revoke(sessionId: number, organizationId: number, tx: Tx): Promise<boolean> {
    return ((await tx.delete(SessionDelegation, { sessionId, organizationId })).affected ?? 0) > 0;
  }

  isDelegated(sessionId: number, organizationId: number, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(SessionDelegation, { sessionId, organizationId });
  }

  /** Which (session, organization) pairs among these sessions are delegated, as `session:organization` keys. */
  async delegatedPairs(sessionIds: number[], tx: Tx = this.dataSource.manager): Promise<Set<string>> {
    if (sessionIds.length === 0) return new Set();
    return new Set((await tx.find(SessionDelegation, { where: { sessionId: In(sessionIds) } })).map((d) => `${d.sessionId}:${d.organizationId}`));
  }

  /** The sessions delegated to the organization, among these. */
  async delegatedTo(organizationId: number, sessionIds: number[], tx: Tx = this.dataSource.manager): Promise<Set<number>> {
    if (sessionIds.length === 0) return new Set();
    return new Set((await tx.find(SessionDelegation, { where: { organizationId, sessionId: In(sessionIds) } })).map((d) => d.sessionId));
  }

  async insertProposal(fields: NewProposal, tx: Tx): Promise<SessionProposal> {
    return tx.save(tx.create(SessionProposal, { ...fields, status: 'pending' as const }));
  }

  countPending(sessionId: number, organizationId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(SessionProposal, { sessionId, organizationId, status: 'pending' });
  }

  /** The organization's proposals (for one session, or all), newest first, with their session. */
  ofOrganization(organizationId: number, sessionId?: number, tx: Tx = this.dataSource.manager): Promise<ProposalWithNames[]> {
    const qb = this.withNames(tx).where('p.organization_id = :organizationId', { organizationId });
    if (sessionId) qb.andWhere('p.session_id = :sessionId', { sessionId });
    return qb.orderBy('p.id', 'DESC').getMany() as Promise<ProposalWithNames[]>;
  }

  /** One of the organization's proposals; null for another body's, exactly as for none. */
  ownProposal(organizationId: number, id: number, tx: Tx = this.dataSource.manager): Promise<ProposalWithNames | null> {
    return this.withNames(tx).where('p.id = :id AND p.organization_id = :organizationId', { id, organizationId }).getOne() as Promise<ProposalWithNames | null>;
  }

  find(id: number, tx: Tx = this.dataSource.manager): Promise<ProposalWithNames | null> {
    return this.withNames(tx).where('p.id = :id', { id }).getOne() as Promise<ProposalWithNames | null>;
  }

  /** The review queue: an edition's proposals (or every edition's), the waiting ones first, then the newest. */
  async queue(editionIds: number[] | null, tx: Tx = this.dataSource.manager): Promise<ProposalWithNames[]> {
    if (editionIds && editionIds.length === 0) return [];
    const qb = this.withNames(tx);
    if (editionIds) qb.where('p.edition_id IN (:...editionIds)', { editionIds });
    const rows = (await qb.orderBy('p.id', 'DESC').limit(300).getMany()) as ProposalWithNames[];
    return [...rows.filter((p) => p.status === 'pending'), ...rows.filter((p) => p.status !== 'pending')];
  }

  /** Moves a waiting proposal to its decision; false when it was decided already (by anybody, on any server). */
  async decide(id: number, status: Exclude<ProposalStatus, 'pending'>, review: { comment: string | null; reviewedById: number; speakerId?: number | null }, tx: Tx): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(SessionProposal)
      .set({ status, reviewComment: review.comment, reviewedById: review.reviewedById, reviewedAt: new Date(), speakerId: review.speakerId ?? null })
      .where("id = :id AND status = 'pending'", { id })
      .execute();
    return result.affected === 1;
  }

  /** Proposals (alias `p`) each with its session and organization, mapped by entity name. */
  private withNames(tx: Tx) {
    return tx
      .createQueryBuilder(SessionProposal, 'p')
      .innerJoinAndMapOne('p.session', 'Session', 's', 's.id = p.session_id')
      .innerJoinAndMapOne('p.organization', 'Organization', 'o', 'o.id = p.organization_id');
  }
}
