import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { IdOrSlug } from '../common/pipes/id-or-slug.pipe';
import type { Tx } from '../database/transactions';
import { EditionRole } from './entities/edition-role.entity';
import { Edition } from './entities/edition.entity';

/** The only code that reads and writes edition and edition_role; other modules call this, never the entities. */
@Injectable()
export class EditionStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for documents
  /** The edition with its brand, by id or slug; null when there is none. */
  findWithBrand(key: IdOrSlug, tx: Tx = this.dataSource.manager): Promise<Edition | null> {
    return tx.findOne(Edition, { where: 'id' in key ? { id: key.id } : { slug: key.slug }, relations: { brand: true } });
  }

  /** The edition, or null. */
  find(editionId: number, tx: Tx = this.dataSource.manager): Promise<Edition | null> {
    return tx.findOne(Edition, { where: { id: editionId } });
  }

  /** The non-draft editions (with their brand) that hold any of these sessions, by start date. */
  publicEditionsHolding(sessionIds: number[], tx: Tx = this.dataSource.manager): Promise<Edition[]> {
    return tx
      .createQueryBuilder(Edition, 'e')
      .innerJoinAndSelect('e.brand', 'b')
      .where("e.status <> 'draft'")
      .andWhere('e.id IN (SELECT s.edition_id FROM session s WHERE s.id IN (:...sessionIds))', { sessionIds })
      .orderBy('e.start_date', 'ASC')
      .getMany();
  }

  /** The edition's organizations in their roles, each with its organization (a printed program lists them). */
  rolesWithOrganizations(editionId: number, tx: Tx = this.dataSource.manager): Promise<EditionRole[]> {
    return tx.find(EditionRole, { where: { editionId }, relations: { organization: true } });
  }

  /** A draft edition becomes published with its first release. */
  async markPublished(editionId: number, tx: Tx = this.dataSource.manager): Promise<void> {
    await tx.update(Edition, { id: editionId }, { status: 'published' });
  }
}
