import { ForbiddenException, HttpException, HttpStatus } from '@nestjs/common';
import type { AccountKind } from '../accounts/account-kind';

/** A page for signed-in accounts of a kind, visited without a valid session cookie. */
export class SignInRequired extends HttpException {
  constructor(readonly kind: AccountKind) {
    super('Sign in first', HttpStatus.SEE_OTHER);
  }
}

/** A form posted without the token of a page we served: stale, or forged from another site. */
export class FormExpired extends ForbiddenException {
  constructor() {
    super('Invalid or missing CSRF token');
  }
}
