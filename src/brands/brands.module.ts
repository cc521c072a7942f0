import { Module } from '@nestjs/common';
import { BrandStore } from './brand.store';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BrandsController } from './brands.controller';
import { BrandsService } from './brands.service';
import { Brand } from './entities/brand.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Brand])],
  controllers: [BrandsController],
  providers: [BrandStore, BrandsService],
  exports: [BrandStore, BrandsService],
})
export class BrandsModule {}
