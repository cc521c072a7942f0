import { Injectable, UnauthorizedException } from '@nestjs/common';
import { AccountDto } from '../accounts/dto/account.dto';
import { AccountStore } from '../accounts/account.store';
import type { Account } from '../accounts/account.store';
import { hashPassword, verifyPassword } from '../accounts/password-hasher';
import type { AuthenticatedAccount } from './authenticated-account';
import { LoginRequest, LoginResponse } from './dto/login.dto';
import { LoginThrottle } from './login-throttle';
import { SignInStore } from './sign-in.store';
import { TokenSigner } from './token-signer';
import { AUTH_MESSAGES } from './auth-messages';

@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private readonly decoyHash = hashPassword('decoy password that matches nothing');

  constructor(
    private readonly accounts: AccountStore,
    private readonly throttle: LoginThrottle,
    private readonly tokens: TokenSigner,
    private readonly signIns: SignInStore,
  ) {}

  async login(request: LoginRequest, address: string): Promise<LoginResponse> {
    const attempt = await this.throttle.begin(request.email, address);
    const account = await this.accounts.findByEmail(request.email);
    const valid = await verifyPassword(request.password, account?.passwordHash ?? (await this.decoyHash));
    if (!account || !valid || account.disabledAt) {
      await this.throttle.failed(attempt);
      // One message for every cause, so sign-in does not tell which emails have accounts.
      throw new UnauthorizedException({ message: AUTH_MESSAGES.wrongPassword(), errors: { password: AUTH_MESSAGES.wrongPasswordField() } });
    }
    await this.throttle.succeeded(attempt);
    return this.signedIn(account);
  }

  /** A fresh token for the account, under its current token version. */
  async signedIn(account: Account): Promise<LoginResponse> {
    const { token, expiresAt } = await this.tokens.sign(account.id, account.tokenVersion);
    return { token, expiresAt: expiresAt.toISOString(), account: AccountDto.from(account) };
  }

  async me(actor: AuthenticatedAccount): Promise<AccountDto> {
    return AccountDto.from(await this.accounts.require(actor.id));
  }

  // — for web
  /**
   * The enabled account a sign-in token stands for, or null: the API's bearer check, also the pages' cookie check.
   *
   * Revocation (sign out everywhere, a new password) is a per-account token version: each token
   * carries the version it was issued under and is refused once the account's is higher. This
   * check already reads the account row on every request (a disabled account is refused at
   * once), so comparing the version costs no query more, and, read from the database rather
   * than a per-process cache, a revoked token is refused by every server from the next request.
   */
  async accountFor(token: string): Promise<AuthenticatedAccount | null> {
    const claims = await this.tokens.verify(token);
    if (!claims) return null;
    // Roles are read here, with the account and in the same statement, so a removed role is
    // refused from the next request on every server.
    const account = await this.signIns.read(claims.sub);
    if (!account || account.disabled || (claims.ver ?? 0) !== account.tokenVersion) return null;
    return { id: account.id, email: account.email, kind: account.kind, organizationId: account.organizationId, grants: account.kind === 'organizer' ? account.grants : [] };
  }
}
