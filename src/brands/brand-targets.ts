import { Injectable, Provider } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { BRAND_OF_BODY, BRAND_PARAM, PermissionTargetResolver, ResolvedTarget } from '../common/access/permission-target';
import { paramOf } from '../common/access/route-values';
import { SLUG_PATTERN } from '../common/pipes/slug-param.pipe';
import { BrandStore } from './brand.store';

async function brandTarget(brands: BrandStore, slug: unknown): Promise<ResolvedTarget | null> {
  if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) return null;
  const brand = await brands.findBySlug(slug);
  return brand ? { brandId: brand.id } : null;
}

/** The brand a route's `:slug` names. */
@Injectable()
export class BrandParamTarget implements PermissionTargetResolver {
  constructor(private readonly brands: BrandStore) {}

  resolve(request: FastifyRequest): Promise<ResolvedTarget | null> {
    return brandTarget(this.brands, paramOf(request, 'slug'));
  }
}

/** The brand a request's body names (`brand`: its slug), as when an edition is created in it. */
@Injectable()
export class BrandOfBodyTarget implements PermissionTargetResolver {
  constructor(private readonly brands: BrandStore) {}

  resolve(request: FastifyRequest): Promise<ResolvedTarget | null> {
    return brandTarget(this.brands, (request.body as Record<string, unknown> | undefined)?.brand);
  }
}

export const BRAND_TARGETS: Provider[] = [
  { provide: BRAND_PARAM, useClass: BrandParamTarget },
  { provide: BRAND_OF_BODY, useClass: BrandOfBodyTarget },
];
