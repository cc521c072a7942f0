import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Language } from '../common/dto/lang-query.dto';
import { RenderedDocument } from '../common/http/rendered-document';
import { Organization } from '../organizations/entities/organization.entity';
import { CalendarFeedsService } from './calendar-feeds.service';

/** Resolves the organization (404 when unknown) before asking for its feed. */
@Injectable()
export class OrganizationCalendar {
  constructor(
    private readonly dataSource: DataSource,
    private readonly feeds: CalendarFeedsService,
  ) {}

  async feed(id: number, lang: Language): Promise<RenderedDocument> {
    const organization = await this.dataSource.manager.findOne(Organization, { where: { id } });
    if (!organization) throw new NotFoundException(`No organization with id ${id}`);
    const name = lang === 'en' ? (organization.nameEn ?? organization.nameZh) : organization.nameZh;
    return this.feeds.organizationFeed(id, name, lang);
  }
}
