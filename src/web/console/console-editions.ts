import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthenticatedAccount } from '../../auth/authenticated-account';
import { BRAND_MESSAGES } from '../../brands/brand-messages';
import { BrandsService } from '../../brands/brands.service';
import type { Edition } from '../../editions/edition.store';
import { EditionsService } from '../../editions/editions.service';
import { allows } from '../../teams/permissions';

export interface YearGroup {
  year: number;
  editions: Edition[];
}

/** An organizer's editions as the console lists them: by brand, then by year, newest first; only those it has a role in. */
@Injectable()
export class ConsoleEditions {
  constructor(
    private readonly editions: EditionsService,
    private readonly brands: BrandsService,
  ) {}

  async byBrand(viewer: AuthenticatedAccount) {
    const [brands, editions] = await Promise.all([this.brands.everyBrand(), this.editions.listFor(viewer)]);
    return brands
      .map((brand) => ({
        ...brand,
        canCreate: allows(viewer.grants, 'edit_edition', { brandId: brand.id }, 'brand'),
        years: byYear(editions.filter((e) => e.brandId === brand.id)),
      }))
      .filter((b) => b.years.length > 0 || b.canCreate);
  }

  /** One brand's editions by year; a brand that does not exist is a 404 (brands are public, so there is nothing to hide). */
  async brand(slug: string, viewer: AuthenticatedAccount) {
    const brand = (await this.brands.everyBrand()).find((b) => b.slug === slug);
    if (!brand) throw new NotFoundException({ message: BRAND_MESSAGES.notFound({ slug }) });
    const editions = (await this.editions.listFor(viewer)).filter((e) => e.brandId === brand.id);
    return { ...brand, canCreate: allows(viewer.grants, 'edit_edition', { brandId: brand.id }, 'brand'), years: byYear(editions) };
  }

  /** The brands the organizer may create editions in. */
  async creatableBrands(viewer: AuthenticatedAccount) {
    return (await this.brands.everyBrand()).filter((b) => allows(viewer.grants, 'edit_edition', { brandId: b.id }, 'brand'));
  }
}

function byYear(editions: Edition[]): YearGroup[] {
  const years = new Map<number, Edition[]>();
  for (const edition of editions) years.set(edition.year, [...(years.get(edition.year) ?? []), edition]);
  return [...years.entries()].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, editions: list }));
}
