import { timingSafeEqual } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { TokenSigner } from '../auth/token-signer';
import type { Tx } from '../database/transactions';
import type { Registration } from './entities/registration.entity';
import { REGISTRATION_CODE_PATTERN } from './registration-codes';
import { RegistrationStore } from './registration.store';
import { REGISTRATION_REFUSALS } from './registration-refusals';

/**
 * An attendee proves a registration is theirs with its secret token, derived from the code
 * (so it is never stored). A wrong token and an unknown code answer the same 404, so codes
 * cannot be probed. The ticket token, printed in the ticket's QR code, is derived for another
 * purpose: it shows the ticket and nothing else (it cannot change or cancel anything).
 */
@Injectable()
export class RegistrationAccess {
  constructor(
    private readonly tokens: TokenSigner,
    private readonly registrations: RegistrationStore,
  ) {}

  tokenFor(registration: Pick<Registration, 'id' | 'code'>): Promise<string> {
    return this.tokens.derive('registration', `${registration.id}:${registration.code}`);
  }

  /** Shown on the ticket (its QR code) and in links to the ticket page: whoever sees the ticket may hold it. */
  ticketTokenFor(registration: Pick<Registration, 'id' | 'code'>): Promise<string> {
    return this.tokens.derive('ticket', `${registration.id}:${registration.code}`);
  }

  /** The token from `Authorization: Bearer …` or `?token=`. */
  static tokenOf(request: FastifyRequest): string | undefined {
    const header = request.headers.authorization;
    if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim();
    const query = (request.query as Record<string, unknown> | undefined)?.token;
    return typeof query === 'string' ? query : undefined;
  }

  /** The registration, for its owner's token only (not the ticket token): to look at it in full, change or cancel it. */
  ownedRegistration(tx: Tx, code: string, token: string | undefined): Promise<Registration> {
    return this.proven(code, token, () => this.registrations.byCode(code, tx), (registration) => [this.tokenFor(registration)]);
  }

  /** The registration, for its ticket token or its owner's token (who may see their own ticket): to show the ticket. */
  ticketHolder(tx: Tx, code: string, token: string | undefined): Promise<Registration> {
    return this.proven(code, token, () => this.registrations.byCode(code, tx), (registration) => [this.ticketTokenFor(registration), this.tokenFor(registration)]);
  }

  /**
   * The same proof as `ticketHolder`, of a registration the caller reads its own way (`load`, run
   * only for a well-formed code and a token): the attendee documents read it with the rest of
   * what they are made from, in one statement. The same 404 for every refusal.
   */
  ticketHolderOf<T extends Pick<Registration, 'id' | 'code'> & { anonymizedAt: unknown }>(code: string, token: string | undefined, load: () => Promise<T | null>): Promise<T> {
    return this.proven(code, token, load, (registration) => [this.ticketTokenFor(registration), this.tokenFor(registration)]);
  }

  private async proven<T extends Pick<Registration, 'id' | 'code'> & { anonymizedAt: unknown }>(
    code: string,
    token: string | undefined,
    load: () => Promise<T | null>,
    accepted: (registration: T) => Promise<string>[],
  ): Promise<T> {
    // Made only when refused: an exception's stack costs more than the rest of a cached answer.
    const notFound = () => new NotFoundException({ message: REGISTRATION_REFUSALS.notFoundForToken({ code: code.slice(0, 20) }) });
    if (!REGISTRATION_CODE_PATTERN.test(code) || !token) throw notFound();
    const registration = await load();
    if (!registration || registration.anonymizedAt) throw notFound();
    const given = Buffer.from(token);
    for (const expected of await Promise.all(accepted(registration))) {
      const wanted = Buffer.from(expected);
      if (wanted.length === given.length && timingSafeEqual(wanted, given)) return registration;
    }
    throw notFound();
  }
}
