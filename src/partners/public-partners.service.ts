import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { IdOrSlug } from '../common/pipes/id-or-slug.pipe';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EditionStore } from '../editions/edition.store';
import { OrganizationStore } from '../organizations/organization.store';
import { coHostTable } from './co-host-table';
import { RoleGroupDto } from './dto/partner.dto';
import { readLogo } from './organization-logos';
import { editionNotFound } from '../editions/edition-messages';
import { PARTNER_MESSAGES } from './partner-messages';

/** What the public may see of partners: an edition's co-host table, an organization's logo. */
@Injectable()
export class PublicPartnersService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly editions: EditionStore,
    private readonly organizations: OrganizationStore,
  ) {}

  async editionPartners(key: IdOrSlug): Promise<RoleGroupDto[]> {
    const edition = await this.editions.findWithBrand(key);
    if (!edition || edition.status === 'draft') throw new NotFoundException({ message: editionNotFound(key) });
    return coHostTable(await this.editions.rolesOf(edition.id), this.config.publicBaseUrl, { withContacts: false });
  }

  async logo(organizationId: number): Promise<{ body: Buffer; type: string; file: string }> {
    const organization = await this.organizations.find(organizationId);
    if (!organization?.logoFile || !organization.logoContentType) throw new NotFoundException({ message: PARTNER_MESSAGES.noLogo({ id: organizationId }) });
    return { body: await readLogo(this.config.uploadDir, organization.logoFile), type: organization.logoContentType, file: organization.logoFile };
  }
}
