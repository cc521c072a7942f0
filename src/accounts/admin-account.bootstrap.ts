import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TeamGrantStore } from '../teams/team-grant.store';
import { AccountStore } from './account.store';
import { hashPassword } from './password-hasher';

/**
 * Creates the first organizer from ADMIN_EMAIL/ADMIN_PASSWORD, so a fresh installation can be
 * signed into. It never touches an installation that already has an organizer: changing the
 * variables later must not reset anybody's password. It is the owner of everything (team_grant).
 */
@Injectable()
export class AdminAccountBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminAccountBootstrap.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: AccountStore,
    private readonly teams: TeamGrantStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.admin;
    if (!admin) return;
    if ((await this.accounts.countOrganizers()) > 0) return;
    await this.accounts.createIfEmailFree({ email: admin.email, passwordHash: await hashPassword(admin.password), kind: 'organizer', organizationId: null, displayName: 'Administrator' });
    // The first organizer owns everything: it is who names the others' roles.
    const account = await this.accounts.findByEmail(admin.email);
    if (account?.kind === 'organizer') await this.teams.putIfAbsent(account.id, 'owner', { brandId: null, editionId: null });
    this.logger.log('Created the first organizer account from ADMIN_EMAIL');
  }
}
