import { HttpException, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import type { AccountKind } from '../accounts/account-kind';
import { Account } from '../accounts/entities/account.entity';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { LoginRequest } from '../auth/dto/login.dto';
import { DomainServices } from './domain-services';
import { SignInRequired } from './page-errors';
import { PageRenderer } from './page-renderer';

export const SESSION_COOKIE = 'huiwu_session';

export type SignInOutcome = { ok: true } | { ok: false; messageKey: string; values?: Record<string, unknown> };

/**
 * Sign-in for the organizer and partner pages: the API's own token, kept in an HttpOnly cookie
 * (scripts cannot read it; SameSite=Lax keeps it off cross-site posts) and checked on every
 * page exactly as the API checks a bearer token: genuine, unexpired, account enabled, right kind.
 */
@Injectable()
export class AccountSession {
  constructor(
    private readonly services: DomainServices,
    private readonly dataSource: DataSource,
    private readonly pages: PageRenderer,
  ) {}

  async signIn(request: FastifyRequest, reply: FastifyReply, form: Record<string, unknown>, kind: AccountKind): Promise<SignInOutcome> {
    const email = typeof form.email === 'string' ? form.email.trim().toLowerCase() : '';
    const password = typeof form.password === 'string' ? form.password : '';
    let login;
    try {
      login = await this.services.auth.login(Object.assign(new LoginRequest(), { email, password }), request.ip);
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() === 429) {
        const seconds = (error.getResponse() as { retryAfter?: number }).retryAfter ?? 60;
        return { ok: false, messageKey: 'tooManyAttempts', values: { seconds } };
      }
      if (error instanceof HttpException && error.getStatus() === 401) return { ok: false, messageKey: 'wrongPassword' };
      throw error;
    }
    if (login.account.kind !== kind) return { ok: false, messageKey: kind === 'organizer' ? 'notOrganizer' : 'notPartner' };
    void reply.setCookie(SESSION_COOKIE, login.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.pages.secureCookies,
      expires: new Date(login.expiresAt),
    });
    return { ok: true };
  }

  signOut(reply: FastifyReply): void {
    void reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.pages.secureCookies });
  }

  /** The signed-in account of that kind, also set on the request for the page header; otherwise off to sign in. */
  async require(request: FastifyRequest, kind: AccountKind): Promise<AuthenticatedAccount> {
    const token = request.cookies?.[SESSION_COOKIE];
    const claims = token ? await this.services.tokens.verify(token) : null;
    const account = claims ? await this.dataSource.manager.findOne(Account, { where: { id: claims.sub } }) : null;
    if (!account || account.disabledAt || account.kind !== kind) throw new SignInRequired(kind);
    request.account = { id: account.id, email: account.email, kind: account.kind, organizationId: account.organizationId };
    return request.account;
  }
}
