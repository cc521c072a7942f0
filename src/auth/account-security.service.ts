import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AccountStore } from '../accounts/account.store';
import type { Account } from '../accounts/account.store';
import { hashPassword, verifyPassword } from '../accounts/password-hasher';
import { PasswordResetStore } from '../accounts/password-reset.store';
import { isEmailAsPassword } from '../accounts/password-rules';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Transactions } from '../database/transactions';
import { OutboxStore } from '../notifications/outbox.store';
import type { Language } from '../notifications/templates/template';
import { PasswordRefused, ResetLinkInvalid } from './account-security-errors';
import { AuthService } from './auth.service';
import type { AuthenticatedAccount } from './authenticated-account';
import { LoginThrottle } from './login-throttle';
import { PasswordResetThrottle } from './password-reset-throttle';
import type { LoginResponse } from './dto/login.dto';

/** A reset link works this long: enough to find the e-mail, short enough that an old mailbox is no key. */
export const RESET_LINK_MINUTES = 30;
/** Links sent to one account per hour, whichever server is asked: a cap on mail-bombing someone. */
const RESET_LINKS_PER_HOUR = 3;

const tokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Changing and resetting passwords, and signing out everywhere. Each ends every sign-in made
 * before it by raising the account's token version (see AuthService.accountFor).
 */
@Injectable()
export class AccountSecurityService {
  private readonly logger = new Logger(AccountSecurityService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: AccountStore,
    private readonly resets: PasswordResetStore,
    private readonly outbox: OutboxStore,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    private readonly auth: AuthService,
    private readonly loginThrottle: LoginThrottle,
    private readonly resetThrottle: PasswordResetThrottle,
  ) {}

  /**
   * Needs the current password, which counts against the sign-in throttle when wrong (a stolen
   * token must not become a way to guess it). Every other sign-in ends; the answer is a new
   * token for the one that asked.
   */
  async changePassword(actor: AuthenticatedAccount, currentPassword: string, newPassword: string, client: string): Promise<LoginResponse> {
    const attempt = await this.loginThrottle.begin(actor.email, client);
    const account = await this.accounts.require(actor.id);
    if (!(await verifyPassword(currentPassword, account.passwordHash))) {
      await this.loginThrottle.failed(attempt);
      throw new PasswordRefused('wrongCurrent');
    }
    await this.loginThrottle.succeeded(attempt);
    if (isEmailAsPassword(newPassword, account.email)) throw new PasswordRefused('sameAsEmail');
    if (await verifyPassword(newPassword, account.passwordHash)) throw new PasswordRefused('sameAsCurrent');
    const passwordHash = await hashPassword(newPassword);
    const changed = await this.transactions.run(async (tx) => {
      const tokenVersion = await this.accounts.setPassword(account.id, passwordHash, tx);
      await this.resets.voidOpen(account.id, new Date(), tx);
      await this.audit.record(tx, actor, { action: 'password_change', entityType: 'account', entityId: account.id, after: { tokenVersion } });
      return { ...account, passwordHash, tokenVersion };
    });
    return this.auth.signedIn(changed);
  }

  /** Every token issued until now is refused, on every server, this one's included. */
  async signOutEverywhere(actor: AuthenticatedAccount): Promise<void> {
    await this.transactions.run(async (tx) => {
      const tokenVersion = await this.accounts.raiseTokenVersion(actor.id, tx);
      await this.audit.record(tx, actor, { action: 'sign_out_everywhere', entityType: 'account', entityId: actor.id, after: { tokenVersion } });
    });
  }

  /**
   * "Forgot password". Throws only the throttle's 429, counted before the address is looked up;
   * otherwise it answers at once, the same for every address: the link is made and queued after
   * the answer, so not even the time taken tells whether the address has an account.
   */
  requestReset(email: string, client: string, language: Language): void {
    this.resetThrottle.take(email, client);
    void this.sendResetLink(email, language).catch((error: unknown) => this.logger.error(`A password reset link could not be queued: ${String(error)}`));
  }

  /** Whether the link still works (the page shows the form, or says to ask again). */
  async resetLinkWorks(token: string): Promise<boolean> {
    return (await this.resets.liveAccountId(tokenHash(token), new Date())) !== null;
  }

  /**
   * Sets the new password with a link from the e-mail, which is used up by it; every sign-in of
   * the account ends. The account, so that the page can send its owner to the right sign-in.
   */
  async completeReset(token: string, newPassword: string): Promise<Pick<Account, 'id' | 'kind' | 'email'>> {
    const hash = tokenHash(token);
    const accountId = await this.resets.liveAccountId(hash, new Date());
    const account = accountId === null ? null : await this.accounts.find(accountId);
    if (!account || account.disabledAt) throw new ResetLinkInvalid();
    // Checked before the link is used up, so a refused password leaves the link working.
    if (isEmailAsPassword(newPassword, account.email)) throw new PasswordRefused('sameAsEmail');
    const passwordHash = await hashPassword(newPassword);
    await this.transactions.run(async (tx) => {
      const now = new Date();
      if ((await this.resets.redeem(hash, now, tx)) !== account.id) throw new ResetLinkInvalid();
      const tokenVersion = await this.accounts.setPassword(account.id, passwordHash, tx);
      await this.resets.voidOpen(account.id, now, tx);
      const self: AuthenticatedAccount = { id: account.id, email: account.email, kind: account.kind, organizationId: account.organizationId, grants: [] };
      await this.audit.record(tx, self, { action: 'password_reset', entityType: 'account', entityId: account.id, after: { tokenVersion } });
    });
    return { id: account.id, kind: account.kind, email: account.email };
  }

  private async sendResetLink(email: string, language: Language): Promise<void> {
    const account = await this.accounts.findByEmail(email);
    if (!account || account.disabledAt) return;
    const now = new Date();
    if ((await this.resets.countSince(account.id, new Date(now.getTime() - 3_600_000))) >= RESET_LINKS_PER_HOUR) return;
    const token = randomBytes(32).toString('base64url');
    await this.transactions.run(async (tx) => {
      const id = await this.resets.insert({ accountId: account.id, tokenHash: tokenHash(token), expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000) }, tx);
      await this.outbox.enqueue(tx, {
        kind: 'password_reset',
        dedupeKey: `password_reset:${id}`,
        registrationId: null,
        recipient: { name: account.displayName ?? account.email, email: account.email, language },
        template: 'password_reset',
        params: { name: account.displayName ?? account.email, email: account.email, resetUrl: this.resetUrl(account, token, language), validMinutes: RESET_LINK_MINUTES },
      });
      await this.audit.record(tx, null, { action: 'password_reset_request', entityType: 'account', entityId: account.id });
    });
  }

  /** The reset page under the account's own pages (/admin or /partner), in the language it was asked in. */
  private resetUrl(account: Account, token: string, language: Language): string {
    const url = new URL(`/${account.kind === 'organizer' ? 'admin' : 'partner'}/reset-password`, this.config.publicBaseUrl);
    url.searchParams.set('token', token);
    if (language === 'en') url.searchParams.set('lang', 'en');
    return url.href;
  }
}
