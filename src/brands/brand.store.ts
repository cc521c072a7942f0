import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import type { Edition } from '../editions/edition.store';
import { Brand } from './entities/brand.entity';
import { BRAND_MESSAGES } from './brand-messages';

/** The row type this module answers with, for other modules to name (they never query it). */
export type { Brand } from './entities/brand.entity';

/** A brand read with its public editions (joined by entity name: the editions module owns them). */
export type BrandWithEditions = Brand & { editions: Edition[] };

/** The only code that reads and writes brand; other modules call this, never the entities. */
@Injectable()
export class BrandStore {
  constructor(private readonly dataSource: DataSource) {}

  findBySlug(slug: string, tx: Tx = this.dataSource.manager): Promise<Brand | null> {
    return tx.findOne(Brand, { where: { slug } });
  }

  /** The brand, or 404 `No brand "…"`. */
  async requireBySlug(slug: string, tx: Tx = this.dataSource.manager): Promise<Brand> {
    const brand = await this.findBySlug(slug, tx);
    if (!brand) throw new NotFoundException({ message: BRAND_MESSAGES.notFound({ slug }) });
    return brand;
  }

  /** The brand of an existing edition (the foreign key guarantees it). */
  ofEdition(edition: { brandId: number }, tx: Tx = this.dataSource.manager): Promise<Brand> {
    return tx.findOneByOrFail(Brand, { id: edition.brandId });
  }

  slugTaken(slug: string, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(Brand, { slug });
  }

  /** Every brand, by slug: the console's lists and the team's scopes. */
  all(tx: Tx = this.dataSource.manager): Promise<Brand[]> {
    return tx.find(Brand, { order: { slug: 'ASC' } });
  }

  /** Whether the database has any brand at all (a first start has none). */
  async any(): Promise<boolean> {
    return (await this.dataSource.manager.count(Brand)) > 0;
  }

  /** Every brand with its public (non-draft) editions, newest edition first. */
  allWithPublicEditions(): Promise<BrandWithEditions[]> {
    return this.withPublicEditions(this.dataSource.manager).orderBy('b.id', 'ASC').addOrderBy('e.year', 'DESC').addOrderBy('e.start_date', 'DESC').getMany() as Promise<BrandWithEditions[]>;
  }

  /** One brand with its public editions, newest first; null when there is no such brand. */
  oneWithPublicEditions(slug: string, tx: Tx = this.dataSource.manager): Promise<BrandWithEditions | null> {
    return this.withPublicEditions(tx).where('b.slug = :slug', { slug }).orderBy('e.year', 'DESC').addOrderBy('e.start_date', 'DESC').getOne() as Promise<BrandWithEditions | null>;
  }

  save(brand: Partial<Brand>, tx: Tx): Promise<Brand> {
    return tx.save(Brand, brand) as Promise<Brand>;
  }

  async delete(id: number, tx: Tx): Promise<void> {
    await tx.delete(Brand, { id });
  }

  private withPublicEditions(tx: Tx) {
    return tx.createQueryBuilder(Brand, 'b').leftJoinAndMapMany('b.editions', 'Edition', 'e', "e.brand_id = b.id AND e.status <> 'draft'");
  }
}
