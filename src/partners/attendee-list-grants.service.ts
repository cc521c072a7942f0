import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { SessionRole } from '../sessions/entities/session-role.entity';
import { Session } from '../sessions/entities/session.entity';
import { AttendeeListGrant } from './entities/attendee-list-grant.entity';

/** Organizers let a hosting body see who registered for the session it hosts, and take it back. */
@Injectable()
export class AttendeeListGrantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async grant(sessionId: number, organizationId: number, actor: AuthenticatedAccount): Promise<{ sessionId: number; organizationId: number; grantedAt: string }> {
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(Session, { where: { id: sessionId } });
      if (!session) throw new NotFoundException(`No session with id ${sessionId}`);
      if (!(await manager.existsBy(SessionRole, { sessionId, organizationId }))) {
        throw new UnprocessableEntityException({ message: `Organization ${organizationId} does not host session ${sessionId}`, errors: { organizationId: 'does not host this session' } });
      }
      if (await manager.existsBy(AttendeeListGrant, { sessionId, organizationId })) {
        throw new ConflictException({ message: 'Already granted', errors: { organizationId: 'already has the attendee list' } });
      }
      const grantedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
      await manager.insert(AttendeeListGrant, { sessionId, organizationId, grantedById: actor.id, grantedAt });
      await this.audit.record(manager, actor, { action: 'grant', entityType: 'attendee_list_grant', entityId: sessionId, editionId: session.editionId, after: { sessionId, organizationId } });
      return { sessionId, organizationId, grantedAt: grantedAt.toISOString() };
    });
  }

  async revoke(sessionId: number, organizationId: number, actor: AuthenticatedAccount): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const grant = await manager.findOne(AttendeeListGrant, { where: { sessionId, organizationId } });
      if (!grant) throw new NotFoundException(`Organization ${organizationId} has no attendee list of session ${sessionId}`);
      await manager.delete(AttendeeListGrant, { id: grant.id });
      await this.audit.record(manager, actor, { action: 'revoke', entityType: 'attendee_list_grant', entityId: sessionId, before: { sessionId, organizationId } });
    });
  }
}
