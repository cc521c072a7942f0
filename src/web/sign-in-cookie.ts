import { HttpException, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AccountKind } from '../accounts/account-kind';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { AuthService } from '../auth/auth.service';
import { LoginRequest } from '../auth/dto/login.dto';
import { cookieNames, CookieNames } from './cookie-names';
import { SignInRequired } from './page-errors';
import { PageRenderer } from './page-renderer';


export type SignInOutcome = { ok: true } | { ok: false; messageKey: string; values?: Record<string, unknown> };

/**
 * Sign-in for the organizer and partner pages: the API's own token, kept in an HttpOnly cookie
 * (scripts cannot read it; SameSite=Lax keeps it off cross-site posts) and checked on every
 * page by the API's own bearer check (genuine, unexpired, account enabled), plus the right kind.
 */
@Injectable()
export class SignInCookie {
  private readonly cookies: CookieNames;

  constructor(
    private readonly auth: AuthService,
    private readonly pages: PageRenderer,
  ) {
    this.cookies = cookieNames(pages.secureCookies);
  }

  async signIn(request: FastifyRequest, reply: FastifyReply, form: Record<string, unknown>, kind: AccountKind): Promise<SignInOutcome> {
    // The API's request class normalises and limits the fields; what it refuses never reaches the
    // service (nor counts as an attempt), and is told apart from a wrong password by nobody.
    const login = plainToInstance(LoginRequest, { email: stringOf(form.email), password: stringOf(form.password) });
    if ((await validate(login)).length > 0) return { ok: false, messageKey: 'wrongPassword' };
    let signedIn;
    try {
      signedIn = await this.auth.login(login, request.ip);
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() === 429) {
        const seconds = (error.getResponse() as { retryAfter?: number }).retryAfter ?? 60;
        return { ok: false, messageKey: 'tooManyAttempts', values: { seconds } };
      }
      if (error instanceof HttpException && error.getStatus() === 401) return { ok: false, messageKey: 'wrongPassword' };
      throw error;
    }
    if (signedIn.account.kind !== kind) return { ok: false, messageKey: kind === 'organizer' ? 'notOrganizer' : 'notPartner' };
    this.keep(reply, signedIn);
    // A new sign-in gets a new CSRF secret (the next page makes it): a token an attacker obtained
    // for the signed-out browser is worthless once somebody signs in on it.
    void reply.clearCookie(this.cookies.csrf, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.pages.secureCookies });
    return { ok: true };
  }

  /** Keeps a token in the cookie: after signing in, and after a password change (which ends every older one). */
  keep(reply: FastifyReply, signedIn: { token: string; expiresAt: string }): void {
    void reply.setCookie(this.cookies.signIn, signedIn.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.pages.secureCookies,
      expires: new Date(signedIn.expiresAt),
    });
  }

  signOut(reply: FastifyReply): void {
    void reply.clearCookie(this.cookies.signIn, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.pages.secureCookies });
  }

  /** The signed-in account of that kind, also set on the request for the page header; null when nobody of that kind is signed in. */
  async signedIn(request: FastifyRequest, kind: AccountKind): Promise<AuthenticatedAccount | null> {
    const token = request.cookies?.[this.cookies.signIn];
    const account = token ? await this.auth.accountFor(token) : null;
    if (!account || account.kind !== kind) return null;
    request.account = account;
    return account;
  }

  /** The signed-in account of that kind, also set on the request for the page header; otherwise off to sign in. */
  async require(request: FastifyRequest, kind: AccountKind): Promise<AuthenticatedAccount> {
    const token = request.cookies?.[this.cookies.signIn];
    const account = token ? await this.auth.accountFor(token) : null;
    if (!account || account.kind !== kind) throw new SignInRequired(kind);
    request.account = account;
    return account;
  }
}

const stringOf = (value: unknown): string => (typeof value === 'string' ? value : '');
