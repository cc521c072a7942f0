import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { seesEdition } from '../teams/permissions';
import { editionNotFound } from './edition-messages';
import { editionFeedLinks } from '../common/public-links';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { IdOrSlug } from '../common/pipes/id-or-slug.pipe';
import { Paged } from '../common/paged';
import { EditionDetailDto, EditionSummaryDto } from './dto/edition.dto';
import { EditionQuery } from './dto/edition-query.dto';
import type { Edition } from './entities/edition.entity';
import { EditionStore } from './edition.store';

/** Public reads of editions. Drafts are the organizers' own business and never shown here. */
@Injectable()
export class EditionsService {
  constructor(
    private readonly editions: EditionStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async search(query: EditionQuery): Promise<Paged<EditionSummaryDto>> {
    const [editions, total] = await this.editions.searchPublic(query);
    return { items: editions.map((e) => EditionSummaryDto.from(e)), total };
  }

  /** A draft is shown to organizers only; to everybody else it does not exist. */
  async findOne(key: IdOrSlug, viewer?: AuthenticatedAccount): Promise<EditionDetailDto> {
    const edition = await this.editions.requireByIdOrSlug(key);
    const organizer = seesEdition(viewer?.grants, edition);
    if (edition.status === 'draft' && !organizer) throw new NotFoundException({ message: editionNotFound(key) });
    const roles = await this.editions.rolesOf(edition.id);
    const detail = EditionDetailDto.fromWithRoles(edition, roles, editionFeedLinks(this.config.publicBaseUrl, edition.slug));
    // How registration is taken is the organizers' business (a public page need not say a bot must confirm).
    return organizer ? { ...detail, registrationSettings: EditionDetailDto.registrationSettingsOf(edition) } : detail;
  }

  // — for web
  /** Every edition, newest first: to an organizer, those it has a role in (drafts too); to anybody else, the public ones. */
  async listFor(viewer?: AuthenticatedAccount): Promise<Edition[]> {
    const editions = await this.editions.allNewestFirst();
    return viewer?.kind === 'organizer' ? editions.filter((e) => seesEdition(viewer.grants, e)) : editions.filter((e) => e.status !== 'draft');
  }
}
