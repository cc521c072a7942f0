import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ACCESS_KEY, AccessLevel, DeclaredPermission, PAGE_KEY, PERMISSION_KEY } from '../common/access/access.decorators';
import { TEAM_MESSAGES } from '../teams/team-messages';
import { AuthService } from './auth.service';
import { AUTH_MESSAGES } from './auth-messages';
import { PermissionCheck } from './permission-check';

/**
 * The one place access is decided. Every route declares its level (@Public, @EditionPermission and the other organizer decorators,
 * @PartnerOnly, @SignedIn); one that declares nothing is refused, so access fails closed.
 * No valid token → 401; a token of the wrong kind → 403. An organizer route also declares a
 * capability (@EditionPermission…), decided by PermissionCheck: one that declares none is refused.
 * Pages sign in by cookie: their own guard (src/web/console) decides their declared permission.
 */
/** What a route declares, read from its decorators once per handler (reflect-metadata's lookups cost every request). */
interface Declared {
  page: boolean;
  level: AccessLevel | undefined;
  permission: DeclaredPermission | undefined;
}

@Injectable()
export class AccessGuard implements CanActivate {
  private readonly declared = new WeakMap<object, Declared>();

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly permissions: PermissionCheck,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { page, level, permission } = this.declaredBy(context);
    if (page) return true;
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
    if (level === 'signed_in') return true;
    if (level !== account.kind) throw new ForbiddenException({ message: AUTH_MESSAGES.onlyKind({ level }) });
    if (level === 'organizer') {
      if (!permission) throw new ForbiddenException({ message: TEAM_MESSAGES.noCapability() });
      await this.permissions.require(account, request, permission);
    }
    return true;
  }

  private declaredBy(context: ExecutionContext): Declared {
    const handler = context.getHandler();
    let declared = this.declared.get(handler);
    if (!declared) {
      const targets = [handler, context.getClass()];
      declared = {
        page: this.reflector.get<boolean | undefined>(PAGE_KEY, context.getClass()) === true,
        level: this.reflector.getAllAndOverride<AccessLevel | undefined>(ACCESS_KEY, targets),
        permission: this.reflector.getAllAndOverride<DeclaredPermission | undefined>(PERMISSION_KEY, targets),
      };
      this.declared.set(handler, declared);
    }
    return declared;
  }
}
