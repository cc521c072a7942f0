import { Injectable } from '@nestjs/common';
import { toZonedIso } from '../common/zoned-dates';
import { AttendeeListGrantStore } from '../partners/attendee-list-grant.store';
import { SessionStore } from '../sessions/session.store';
import { DelegationStore } from './delegation.store';

export interface HostedSessionLine {
  sessionId: number;
  title: string;
  edition: string;
  editionId: number;
  startsAt: string | null;
  role: string;
  granted: boolean;
  delegated: boolean;
}

/** For organizers: every session an organization holds a role in (drafts too), with its attendee-list grant and delegation. */
@Injectable()
export class HostedSessionsOverview {
  constructor(
    private readonly sessions: SessionStore,
    private readonly grants: AttendeeListGrantStore,
    private readonly delegations: DelegationStore,
  ) {}

  async of(organizationId: number): Promise<HostedSessionLine[]> {
    const roles = await this.sessions.rolesOfOrganization(organizationId, true);
    const delegated = await this.delegations.delegatedTo(organizationId, roles.map((r) => r.sessionId));
    const lines: HostedSessionLine[] = [];
    for (const r of roles) {
      lines.push({
        sessionId: r.sessionId,
        title: r.session.titleZh,
        edition: r.session.edition.titleZh,
        editionId: r.session.editionId,
        startsAt: r.session.startsAt ? toZonedIso(r.session.startsAt, r.session.edition.timeZone) : null,
        role: r.role,
        granted: await this.grants.isGranted(r.sessionId, organizationId),
        delegated: delegated.has(r.sessionId),
      });
    }
    return lines;
  }
}
