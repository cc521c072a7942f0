import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadSeed } from '../../seeds/seed-loader';
import { Brand } from '../brands/entities/brand.entity';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * On a first start (no brand at all) loads the real seed, so `npm start` on the embedded
 * database shows the federation's conferences at once. A database that has any brand is
 * never touched: the organizers own it from then on.
 */
@Injectable()
export class InitialSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger(InitialSeed.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedOnStart === 'never') return;
    if ((await this.dataSource.getRepository(Brand).count()) > 0) return;
    const report = await loadSeed(this.dataSource);
    this.logger.log(
      `First start: loaded the seed (${report.brand.created} brands, ${report.edition.created} editions, ${report.organization.created} organizations)`,
    );
  }
}
