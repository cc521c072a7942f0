import { BadRequestException, Injectable } from '@nestjs/common';
import { AccountStore } from '../accounts/account.store';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { AttendeeListGrantStore } from '../partners/attendee-list-grant.store';
import { SpeakerStore } from '../speakers/speaker.store';
import { MergePreviewDto, MergedRoleDto } from './dto/merge-preview.dto';
import { OrganizationDto } from './dto/organization.dto';
import { OrganizationStore } from './organization.store';
import { OrganizationsService } from './organizations.service';
import { ORGANIZATION_MESSAGES } from './organization-messages';

/**
 * What merging a duplicate into a kept organization would move, read with the same rules as
 * OrganizationEditingService.merge: a role the kept one already holds in the same edition or
 * session is dropped, the duplicate's names the kept one lacks become its aliases. Organizers
 * see it before they confirm a merge, which cannot be undone.
 */
@Injectable()
export class OrganizationMergePreviewService {
  constructor(
    private readonly store: OrganizationStore,
    private readonly organizations: OrganizationsService,
    private readonly accounts: AccountStore,
    private readonly speakers: SpeakerStore,
    private readonly grants: AttendeeListGrantStore,
  ) {}

  async preview(keptId: number, duplicateId: number, viewer: AuthenticatedAccount): Promise<MergePreviewDto> {
    if (keptId === duplicateId) {
      throw new BadRequestException({ message: ORGANIZATION_MESSAGES.mergeIntoItself(), errors: { duplicateId: ORGANIZATION_MESSAGES.mustDiffer() } });
    }
    await this.store.require(keptId);
    await this.store.require(duplicateId, 'duplicateId');
    const [kept, duplicate] = await Promise.all([this.organizations.findOne(keptId, viewer), this.organizations.findOne(duplicateId, viewer)]);
    const keptEditionRoles = new Set(kept.editionRoles.map((r) => `${r.editionId}:${r.role}`));
    const keptSessionRoles = new Set(kept.sessionRoles.map((r) => `${r.sessionId}:${r.role}`));
    const editionRoles: MergedRoleDto[] = duplicate.editionRoles.map((r) => ({
      role: r.role,
      where: r.editionTitle,
      editionSlug: r.editionSlug,
      dropped: keptEditionRoles.has(`${r.editionId}:${r.role}`),
    }));
    const sessionRoles: MergedRoleDto[] = duplicate.sessionRoles.map((r) => ({
      role: r.role,
      where: `${r.editionTitle} · ${r.sessionTitle}`,
      editionSlug: r.editionSlug,
      dropped: keptSessionRoles.has(`${r.sessionId}:${r.role}`),
    }));
    const keptNames = new Set([kept.name, kept.shortName, ...kept.aliases]);
    const aliasesAdded = [...new Set([duplicate.name, duplicate.shortName, ...duplicate.aliases])].filter((n): n is string => !!n && !keptNames.has(n));
    const [partnerAccounts, speakers, attendeeListGrants] = await Promise.all([
      this.accounts.countOfOrganization(duplicateId),
      this.speakers.countOfOrganization(duplicateId),
      this.grants.countOfOrganization(duplicateId),
    ]);
    const identity = (o: typeof kept): OrganizationDto => ({ id: o.id, name: o.name, nameEn: o.nameEn, shortName: o.shortName, kind: o.kind, website: o.website, aliases: o.aliases });
    return { kept: identity(kept), duplicate: identity(duplicate), editionRoles, sessionRoles, aliasesAdded, partnerAccounts, speakers, attendeeListGrants };
  }
}
