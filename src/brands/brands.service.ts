import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { assertUnreferenced } from '../common/references';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';
import { EditionSummaryDto } from '../editions/dto/edition.dto';
import { EditionStore } from '../editions/edition.store';
import { BrandDto } from './dto/brand.dto';
import { CreateBrandRequest, UpdateBrandRequest } from './dto/brand-write.dto';
import { BrandStore, type Brand, type BrandWithEditions } from './brand.store';
import { BRAND_MESSAGES } from './brand-messages';
import { REFERENCE_MESSAGES } from '../common/i18n/reference-messages';

@Injectable()
export class BrandsService {
  constructor(
    private readonly brands: BrandStore,
    private readonly editions: EditionStore,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  async create(request: CreateBrandRequest, actor: AuthenticatedAccount): Promise<BrandDto> {
    return this.transactions.run(async (tx) => {
      if (await this.brands.slugTaken(request.slug, tx)) {
        throw new ConflictException({ message: BRAND_MESSAGES.exists({ slug: request.slug }), errors: { slug: BRAND_MESSAGES.slugUsed() } });
      }
      const brand = await this.brands.save(
        {
          slug: request.slug,
          nameZh: request.name,
          nameEn: request.nameEn ?? null,
          descriptionZh: request.description ?? null,
          descriptionEn: request.descriptionEn ?? null,
          runBy: request.runBy ?? 'federation',
        },
        tx,
      );
      const view = this.toDto({ ...brand, editions: [] });
      await this.audit.record(tx, actor, { action: 'create', entityType: 'brand', entityId: brand.id, after: view });
      return view;
    });
  }

  async update(slug: string, request: UpdateBrandRequest, actor: AuthenticatedAccount): Promise<BrandDto> {
    return this.transactions.run(async (tx) => {
      const brand = await this.brands.requireBySlug(slug, tx);
      const before = { ...brand };
      if (request.name !== undefined) brand.nameZh = request.name;
      if (request.nameEn !== undefined) brand.nameEn = request.nameEn;
      if (request.description !== undefined) brand.descriptionZh = request.description;
      if (request.descriptionEn !== undefined) brand.descriptionEn = request.descriptionEn;
      if (request.runBy !== undefined) brand.runBy = request.runBy;
      await this.brands.save(brand, tx);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'brand', entityId: brand.id, before, after: brand });
      return this.findBySlug(slug, tx);
    });
  }

  async remove(slug: string, actor: AuthenticatedAccount): Promise<void> {
    await this.transactions.run(async (tx) => {
      const brand = await this.brands.requireBySlug(slug, tx);
      assertUnreferenced(REFERENCE_MESSAGES.brand({ slug }), [{ what: 'editions', count: await this.editions.countOfBrand(brand.id, tx) }]);
      await this.brands.delete(brand.id, tx);
      await this.audit.record(tx, actor, { action: 'delete', entityType: 'brand', entityId: brand.id, before: brand });
    });
  }

  // — for web
  /** Every brand, public editions or not: the console's lists and the brands an organizer may create editions in. */
  everyBrand(): Promise<Brand[]> {
    return this.brands.all();
  }

  async findAll(): Promise<BrandDto[]> {
    const brands = await this.brands.allWithPublicEditions();
    return brands.map((b) => this.toDto(b));
  }

  async findBySlug(slug: string, tx?: Tx): Promise<BrandDto> {
    const brand = await this.brands.oneWithPublicEditions(slug, tx);
    if (!brand) throw new NotFoundException({ message: BRAND_MESSAGES.notFound({ slug }) });
    return this.toDto(brand);
  }

  private toDto(brand: BrandWithEditions): BrandDto {
    return {
      slug: brand.slug,
      name: brand.nameZh,
      nameEn: brand.nameEn,
      description: brand.descriptionZh,
      descriptionEn: brand.descriptionEn,
      runBy: brand.runBy,
      source: brand.source,
      organizerAdded: brand.organizerAdded,
      editions: brand.editions.map((e) => EditionSummaryDto.from({ ...e, brand })),
    };
  }
}
