import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { DeclaredPermission, PERMISSION_KEY } from '../../common/access/access.decorators';
import { PermissionCheck } from '../../auth/permission-check';
import { SignInCookie } from '../sign-in-cookie';

/**
 * The console pages' permission check: a page declares what it needs with the API's own
 * decorators (@EditionPermission…); this guard signs the reader in by the page cookie (off to
 * the sign-in page otherwise) and asks the same PermissionCheck as the API, so a refused page
 * is the same 404 or 403 its API route answers, rendered as a page by the page filter.
 */
@Injectable()
export class ConsolePageGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly signInCookie: SignInCookie,
    private readonly permissions: PermissionCheck,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const declared = this.reflector.get<DeclaredPermission | undefined>(PERMISSION_KEY, context.getHandler());
    if (!declared) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const account = await this.signInCookie.require(request, 'organizer');
    await this.permissions.require(account, request, declared);
    return true;
  }
}
