import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { Transactions } from '../database/transactions';
import { SessionStore } from '../sessions/session.store';
import { AttendeeListGrantStore } from './attendee-list-grant.store';
import { PARTNER_MESSAGES } from './partner-messages';

/** Organizers let a hosting body see who registered for the session it hosts, and take it back. */
@Injectable()
export class AttendeeListGrantsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly grants: AttendeeListGrantStore,
    private readonly sessions: SessionStore,
    private readonly audit: AuditService,
  ) {}

  async grant(sessionId: number, organizationId: number, actor: AuthenticatedAccount): Promise<{ sessionId: number; organizationId: number; grantedAt: string }> {
    return this.transactions.run(async (tx) => {
      const session = await this.sessions.find(sessionId, tx);
      if (!session) throw new NotFoundException({ message: PARTNER_MESSAGES.noSession({ id: sessionId }) });
      if (!(await this.sessions.organizationHosts(sessionId, organizationId, tx))) {
        throw new UnprocessableEntityException({ message: PARTNER_MESSAGES.notHost({ organizationId, sessionId }), errors: { organizationId: PARTNER_MESSAGES.notHostField() } });
      }
      if (await this.grants.isGranted(sessionId, organizationId, tx)) {
        throw new ConflictException({ message: PARTNER_MESSAGES.alreadyGranted(), errors: { organizationId: PARTNER_MESSAGES.alreadyGrantedField() } });
      }
      const grantedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
      await this.grants.grant({ sessionId, organizationId, grantedById: actor.id, grantedAt }, tx);
      await this.audit.record(tx, actor, { action: 'grant', entityType: 'attendee_list_grant', entityId: sessionId, editionId: session.editionId, after: { sessionId, organizationId } });
      return { sessionId, organizationId, grantedAt: grantedAt.toISOString() };
    });
  }

  async revoke(sessionId: number, organizationId: number, actor: AuthenticatedAccount): Promise<void> {
    await this.transactions.run(async (tx) => {
      if (!(await this.grants.revoke(sessionId, organizationId, tx))) {
        throw new NotFoundException({ message: PARTNER_MESSAGES.noGrant({ organizationId, sessionId }) });
      }
      await this.audit.record(tx, actor, { action: 'revoke', entityType: 'attendee_list_grant', entityId: sessionId, before: { sessionId, organizationId } });
    });
  }
}
