import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Account } from './entities/account.entity';
import { hashPassword } from './password-hasher';

/**
 * Creates the first organizer from ADMIN_EMAIL/ADMIN_PASSWORD, so a fresh installation can be
 * signed into. It never touches an installation that already has an organizer: changing the
 * variables later must not reset anybody's password.
 */
@Injectable()
export class AdminAccountBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminAccountBootstrap.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.admin;
    if (!admin) return;
    const organizers = await this.accounts.count({ where: { kind: 'organizer' } });
    if (organizers > 0) return;
    await this.accounts
      .createQueryBuilder()
      .insert()
      .values({ email: admin.email, passwordHash: await hashPassword(admin.password), kind: 'organizer', displayName: 'Administrator' })
      .orIgnore()
      .execute();
    this.logger.log('Created the first organizer account from ADMIN_EMAIL');
  }
}
