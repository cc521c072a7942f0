import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { TokenSigner } from '../auth/token-signer';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { Tx } from '../database/transactions';
import { REGISTRATION_CODE_PATTERN } from '../registrations/registration-codes';
import { GUEST_MESSAGES } from './guest-messages';
import { type Guest, GuestStore } from './guest.store';

/**
 * A guest proves the invitation is theirs with the token of their personal link, derived from
 * the guest's id and code (never stored). A wrong token and an unknown code answer the same 404.
 */
@Injectable()
export class GuestAccess {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokenSigner,
    private readonly guests: GuestStore,
  ) {}

  tokenFor(guest: Pick<Guest, 'id' | 'code'>): Promise<string> {
    return this.tokens.derive('guest-reply', `${guest.id}:${guest.code}`);
  }

  /** The guest's own reply page: `/g/{code}?token=…`. */
  async replyUrl(guest: Pick<Guest, 'id' | 'code'>): Promise<string> {
    const url = new URL(`/g/${guest.code}`, this.config.publicBaseUrl);
    url.searchParams.set('token', await this.tokenFor(guest));
    return url.href;
  }

  async invited(code: string, token: string | undefined, tx?: Tx): Promise<Guest> {
    const notFound = new NotFoundException({ message: GUEST_MESSAGES.notFoundForCode({ code: code.slice(0, 20) }) });
    if (!REGISTRATION_CODE_PATTERN.test(code) || !token) throw notFound;
    const guest = await this.guests.byCode(code, tx);
    if (!guest || guest.anonymizedAt) throw notFound;
    const expected = Buffer.from(await this.tokenFor(guest));
    const given = Buffer.from(token);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw notFound;
    return guest;
  }
}
