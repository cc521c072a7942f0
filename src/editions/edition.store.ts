import { Injectable } from '@nestjs/common';
import { DataSource, In, Not } from 'typeorm';
import type { IdOrSlug } from '../common/pipes/id-or-slug.pipe';
import type { Tx } from '../database/transactions';
import { EditionRole } from './entities/edition-role.entity';
import { Edition } from './entities/edition.entity';

/** The only code that reads and writes edition and edition_role; other modules call this, never the entities. */
@Injectable()
export class EditionStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for partners
  /** Every role the organization holds, in any edition. */
  rolesOfOrganization(organizationId: number, tx: Tx = this.dataSource.manager): Promise<EditionRole[]> {
    return tx.find(EditionRole, { where: { organizationId } });
  }

  organizationHasRole(editionId: number, organizationId: number, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(EditionRole, { editionId, organizationId });
  }

  /** An edition's roles with their organizations, in printed order. */
  rolesWithOrganizations(editionId: number, tx: Tx = this.dataSource.manager): Promise<EditionRole[]> {
    return tx.find(EditionRole, { where: { editionId }, relations: { organization: true }, order: { displayOrder: 'ASC', id: 'ASC' } });
  }

  /** The editions among `ids` that are not drafts, with their brand, latest first. */
  shownWithBrand(ids: number[], tx: Tx = this.dataSource.manager): Promise<Edition[]> {
    return tx.find(Edition, { where: { id: In(ids), status: Not('draft') }, relations: { brand: true }, order: { startDate: 'DESC' } });
  }

  /** The edition unless it is a draft. */
  findShown(id: number, tx: Tx = this.dataSource.manager): Promise<Edition | null> {
    return tx.findOne(Edition, { where: { id, status: Not('draft') } });
  }

  findByIdOrSlug(key: IdOrSlug, tx: Tx = this.dataSource.manager): Promise<Edition | null> {
    return tx.findOne(Edition, { where: 'id' in key ? { id: key.id } : { slug: key.slug } });
  }

  // — for notifications

  /** Editions whose personal data is not purged yet and that ended before `cutoff` (YYYY-MM-DD). */
  dueForPersonalDataPurge(cutoff: string): Promise<Edition[]> {
    return this.dataSource
      .getRepository(Edition)
      .createQueryBuilder('edition')
      .where('edition.endDate < :cutoff', { cutoff })
      .andWhere('edition.personalDataPurgedAt IS NULL')
      .orderBy('edition.id', 'ASC')
      .getMany();
  }

  /** False when it was marked already (another server purges it); the row lock holds such a server until commit. */
  async markPersonalDataPurged(editionId: number, at: Date, tx: Tx = this.dataSource.manager): Promise<boolean> {
    const marked = await tx
      .createQueryBuilder()
      .update(Edition)
      .set({ personalDataPurgedAt: at })
      .where('id = :editionId AND personal_data_purged_at IS NULL', { editionId })
      .execute();
    return marked.affected === 1;
  }

  /** Published editions whose first day is between `from` and `to` (YYYY-MM-DD, inclusive). */
  publishedStartingBetween(from: string, to: string): Promise<Edition[]> {
    return this.dataSource
      .getRepository(Edition)
      .createQueryBuilder('edition')
      .where('edition.status = :status', { status: 'published' })
      .andWhere('edition.startDate BETWEEN :from AND :to', { from, to })
      .getMany();
  }

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

  /** A draft edition becomes published with its first release. */
  async markPublished(editionId: number, tx: Tx = this.dataSource.manager): Promise<void> {
    await tx.update(Edition, { id: editionId }, { status: 'published' });
  }
}
