import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ACCESS_KEY, AccessLevel } from '../common/access/access.decorators';
import { AuthService } from './auth.service';
import { AUTH_MESSAGES } from './auth-messages';

/**
 * The one place access is decided. Every route declares its level (@Public, @OrganizerOnly,
 * @PartnerOnly, @SignedIn); one that declares nothing is refused, so access fails closed.
 * No valid token → 401; a token of the wrong kind → 403.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const level = this.reflector.getAllAndOverride<AccessLevel | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (level === undefined) throw new ForbiddenException({ message: AUTH_MESSAGES.noAccessLevel() });
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const header = request.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;

    if (level === 'public') {
      // A public route may show a signed-in organizer more (drafts); a bad token just reads as anonymous.
      if (token) request.account = (await this.auth.accountFor(token)) ?? undefined;
      return true;
    }
    if (!token) throw new UnauthorizedException({ message: AUTH_MESSAGES.signInFirst() });
    const account = await this.auth.accountFor(token);
    if (!account) throw new UnauthorizedException({ message: AUTH_MESSAGES.tokenInvalid() });
    request.account = account;
    if (level === 'signed_in' || level === account.kind) return true;
    throw new ForbiddenException({ message: AUTH_MESSAGES.onlyKind({ level }) });
  }
}
