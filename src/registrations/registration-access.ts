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
 * cannot be probed.
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

  /** The token from `Authorization: Bearer …` or `?token=`. */
  static tokenOf(request: FastifyRequest): string | undefined {
    const header = request.headers.authorization;
    if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim();
    const query = (request.query as Record<string, unknown> | undefined)?.token;
    return typeof query === 'string' ? query : undefined;
  }

  async ownedRegistration(tx: Tx, code: string, token: string | undefined): Promise<Registration> {
    const notFound = new NotFoundException({ message: REGISTRATION_REFUSALS.notFoundForToken({ code: code.slice(0, 20) }) });
    if (!REGISTRATION_CODE_PATTERN.test(code) || !token) throw notFound;
    const registration = await this.registrations.byCode(code, tx);
    if (!registration || registration.anonymizedAt) throw notFound;
    const expected = Buffer.from(await this.tokenFor(registration));
    const given = Buffer.from(token);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw notFound;
    return registration;
  }
}
