import { Module } from '@nestjs/common';
import { EditionsModule } from '../editions/editions.module';
import { BrandStore } from './brand.store';
import { BRAND_TARGETS } from './brand-targets';
import { BrandsController } from './brands.controller';
import { BrandsService } from './brands.service';

@Module({
  imports: [EditionsModule],
  controllers: [BrandsController],
  providers: [BrandStore, BrandsService, ...BRAND_TARGETS],
  exports: [BrandStore, BrandsService],
})
export class BrandsModule {}
