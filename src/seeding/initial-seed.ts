import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { loadSeed } from '../../seeds/seed-loader';
import { BrandStore } from '../brands/brand.store';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Transactions } from '../database/transactions';

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
    private readonly brands: BrandStore,
    private readonly transactions: Transactions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedOnStart === 'never') return;
    if (await this.brands.any()) return;
    // The seed loader writes every table in one transaction of its own, as the seed CLI does.
    this.logger.log('First start: loading the seed (the federation’s brands, editions and organizations)…');
    const report = await loadSeed(this.transactions.none.connection, undefined, (line) => this.logger.log(line));
    this.logger.log(
      `Seed loaded (${report.brand.created} brands, ${report.edition.created} editions, ${report.organization.created} organizations)`,
    );
  }
}
