import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { Transactions } from '../database/transactions';
import { SessionStore } from '../sessions/session.store';
import { DelegationStore } from './delegation.store';
import { DELEGATION_MESSAGES } from './delegation-messages';
import { DelegationDto } from './dto/proposal.dto';

/** Organizers let the body hosting a sub-forum propose its speakers and description, and take that back. */
@Injectable()
export class DelegationsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly delegations: DelegationStore,
    private readonly sessions: SessionStore,
    private readonly audit: AuditService,
  ) {}

  async allow(sessionId: number, organizationId: number, actor: AuthenticatedAccount): Promise<DelegationDto> {
    return this.transactions.run(async (tx) => {
      const session = await this.sessions.find(sessionId, tx);
      if (!session) throw new NotFoundException({ message: DELEGATION_MESSAGES.noSession({ id: sessionId }) });
      if (!(await this.sessions.organizationHosts(sessionId, organizationId, tx))) {
        throw new UnprocessableEntityException({ message: DELEGATION_MESSAGES.notHost({ organizationId, sessionId }), errors: { organizationId: DELEGATION_MESSAGES.notHostField() } });
      }
      if (!(await this.delegations.allow(sessionId, organizationId, actor.id, tx))) throw new ConflictException({ message: DELEGATION_MESSAGES.alreadyDelegated(), errors: { organizationId: DELEGATION_MESSAGES.alreadyDelegated() } });
      await this.audit.record(tx, actor, { action: 'delegate', entityType: 'session_delegation', entityId: sessionId, editionId: session.editionId, after: { sessionId, organizationId } });
      return { sessionId, organizationId, delegated: true };
    });
  }

  /** Proposals already made stay, to be reviewed; no new ones can be made. */
  async revoke(sessionId: number, organizationId: number, actor: AuthenticatedAccount): Promise<void> {
    await this.transactions.run(async (tx) => {
      if (!(await this.delegations.revoke(sessionId, organizationId, tx))) throw new NotFoundException({ message: DELEGATION_MESSAGES.notDelegated({ sessionId, organizationId }) });
      await this.audit.record(tx, actor, { action: 'revoke', entityType: 'session_delegation', entityId: sessionId, before: { sessionId, organizationId } });
    });
  }

  delegatedPairs(sessionIds: number[]): Promise<Set<string>> {
    return this.delegations.delegatedPairs(sessionIds);
  }
}
