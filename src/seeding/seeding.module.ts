import { Module } from '@nestjs/common';
import { BrandsModule } from '../brands/brands.module';
import { InitialSeed } from './initial-seed';

@Module({ imports: [BrandsModule], providers: [InitialSeed] })
export class SeedingModule {}
