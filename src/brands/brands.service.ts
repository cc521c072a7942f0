import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { assertUnreferenced } from '../common/references';
import { EditionSummaryDto } from '../editions/dto/edition.dto';
import { Edition } from '../editions/entities/edition.entity';
import { BrandDto } from './dto/brand.dto';
import { CreateBrandRequest, UpdateBrandRequest } from './dto/brand-write.dto';
import { Brand } from './entities/brand.entity';

@Injectable()
export class BrandsService {
  constructor(
    @InjectRepository(Brand) private readonly brands: Repository<Brand>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(request: CreateBrandRequest, actor: AuthenticatedAccount): Promise<BrandDto> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Brand, { slug: request.slug })) {
        throw new ConflictException({ message: `A brand "${request.slug}" already exists`, errors: { slug: 'already used' } });
      }
      const brand = manager.create(Brand, {
        slug: request.slug,
        nameZh: request.name,
        nameEn: request.nameEn ?? null,
        descriptionZh: request.description ?? null,
        descriptionEn: request.descriptionEn ?? null,
      });
      await manager.save(brand);
      const view = this.toDto({ ...brand, editions: [] });
      await this.audit.record(manager, actor, { action: 'create', entityType: 'brand', entityId: brand.id, after: view });
      return view;
    });
  }

  async update(slug: string, request: UpdateBrandRequest, actor: AuthenticatedAccount): Promise<BrandDto> {
    return this.dataSource.transaction(async (manager) => {
      const brand = await this.load(manager, slug);
      const before = { ...brand };
      if (request.name !== undefined) brand.nameZh = request.name;
      if (request.nameEn !== undefined) brand.nameEn = request.nameEn;
      if (request.description !== undefined) brand.descriptionZh = request.description;
      if (request.descriptionEn !== undefined) brand.descriptionEn = request.descriptionEn;
      await manager.save(brand);
      await this.audit.record(manager, actor, { action: 'update', entityType: 'brand', entityId: brand.id, before, after: brand });
      return this.findBySlug(slug, manager);
    });
  }

  async remove(slug: string, actor: AuthenticatedAccount): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const brand = await this.load(manager, slug);
      assertUnreferenced(`brand ${slug}`, [{ what: 'editions', count: await manager.countBy(Edition, { brandId: brand.id }) }]);
      await manager.delete(Brand, { id: brand.id });
      await this.audit.record(manager, actor, { action: 'delete', entityType: 'brand', entityId: brand.id, before: brand });
    });
  }

  private async load(manager: EntityManager, slug: string): Promise<Brand> {
    const brand = await manager.findOne(Brand, { where: { slug } });
    if (!brand) throw new NotFoundException(`No brand "${slug}"`);
    return brand;
  }

  async findAll(): Promise<BrandDto[]> {
    const brands = await this.withPublicEditions().orderBy('b.id', 'ASC').addOrderBy('e.start_date', 'DESC').getMany();
    return brands.map((b) => this.toDto(b));
  }

  async findBySlug(slug: string, manager?: EntityManager): Promise<BrandDto> {
    const brand = await this.withPublicEditions(manager).where('b.slug = :slug', { slug }).orderBy('e.start_date', 'DESC').getOne();
    if (!brand) throw new NotFoundException(`No brand "${slug}"`);
    return this.toDto(brand);
  }

  private withPublicEditions(manager?: EntityManager) {
    return (manager?.getRepository(Brand) ?? this.brands).createQueryBuilder('b').leftJoinAndSelect('b.editions', 'e', "e.status <> 'draft'");
  }

  private toDto(brand: Brand): BrandDto {
    return {
      slug: brand.slug,
      name: brand.nameZh,
      nameEn: brand.nameEn,
      description: brand.descriptionZh,
      descriptionEn: brand.descriptionEn,
      editions: brand.editions.map((e) => EditionSummaryDto.from({ ...e, brand } as typeof e)),
    };
  }
}
