import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { editionFeedLinks } from '../common/public-links';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { IdOrSlug } from '../common/pipes/id-or-slug.pipe';
import { Page } from '../common/pagination';
import { EditionDetailDto, EditionSummaryDto } from './dto/edition.dto';
import { EditionQuery } from './dto/edition-query.dto';
import { EditionRole } from './entities/edition-role.entity';
import { Edition } from './entities/edition.entity';
import { EditionStore } from './edition.store';

/** Public reads of editions. Drafts are the organizers' own business and never shown here. */
@Injectable()
export class EditionsService {
  constructor(
    @InjectRepository(Edition) private readonly editions: Repository<Edition>,
    @InjectRepository(EditionRole) private readonly roles: Repository<EditionRole>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: EditionStore,
  ) {}

  async search(query: EditionQuery): Promise<Page<EditionSummaryDto>> {
    const qb = this.editions
      .createQueryBuilder('e')
      .innerJoinAndSelect('e.brand', 'b')
      .where("e.status <> 'draft'")
      .orderBy('e.start_date', 'DESC')
      .addOrderBy('e.id', 'DESC');
    if (query.brand) qb.andWhere('b.slug = :brand', { brand: query.brand });
    if (query.year !== undefined) qb.andWhere('e.year = :year', { year: query.year });
    if (query.city) {
      const city = query.city;
      qb.andWhere(new Brackets((w) => w.where('e.city_zh = :city', { city }).orWhere('e.city_en = :city', { city })));
    }
    const [editions, total] = await qb.skip(query.offset).take(query.limit).getManyAndCount();
    return { items: editions.map((e) => EditionSummaryDto.from(e)), total };
  }

  /** A draft is shown to organizers only; to everybody else it does not exist. */
  async findOne(key: IdOrSlug, viewer?: AuthenticatedAccount): Promise<EditionDetailDto> {
    const edition = await this.editions.findOne({
      where: 'id' in key ? { id: key.id } : { slug: key.slug },
      relations: { brand: true },
    });
    if (!edition || (edition.status === 'draft' && viewer?.kind !== 'organizer')) {
      throw new NotFoundException(`No edition ${'id' in key ? `with id ${key.id}` : `"${key.slug}"`}`);
    }
    const roles = await this.roles.find({
      where: { editionId: edition.id },
      relations: { organization: true },
      order: { displayOrder: 'ASC', id: 'ASC' },
    });
    return EditionDetailDto.fromWithRoles(edition, roles, editionFeedLinks(this.config.publicBaseUrl, edition.slug));
  }

  // — for web
  /** Every edition, newest first: drafts only to organizers, as findOne shows them. */
  async listFor(viewer?: AuthenticatedAccount): Promise<Edition[]> {
    const editions = await this.store.allNewestFirst();
    return viewer?.kind === 'organizer' ? editions : editions.filter((e) => e.status !== 'draft');
  }
}
