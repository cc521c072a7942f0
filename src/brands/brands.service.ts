import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { EditionSummaryDto } from '../editions/dto/edition.dto';
import { BrandDto } from './dto/brand.dto';
import { Brand } from './entities/brand.entity';

@Injectable()
export class BrandsService {
  constructor(@InjectRepository(Brand) private readonly brands: Repository<Brand>) {}

  async findAll(): Promise<BrandDto[]> {
    const brands = await this.withPublicEditions().orderBy('b.id', 'ASC').addOrderBy('e.start_date', 'DESC').getMany();
    return brands.map((b) => this.toDto(b));
  }

  async findBySlug(slug: string): Promise<BrandDto> {
    const brand = await this.withPublicEditions().where('b.slug = :slug', { slug }).orderBy('e.start_date', 'DESC').getOne();
    if (!brand) throw new NotFoundException(`No brand "${slug}"`);
    return this.toDto(brand);
  }

  private withPublicEditions() {
    return this.brands.createQueryBuilder('b').leftJoinAndSelect('b.editions', 'e', "e.status <> 'draft'");
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
