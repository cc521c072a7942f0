import { Module } from '@nestjs/common';
import { InitialSeed } from './initial-seed';

@Module({ providers: [InitialSeed] })
export class SeedingModule {}
