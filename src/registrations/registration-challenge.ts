import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { TokenSigner } from '../auth/token-signer';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/** A challenge is solved within this time of being issued (a browser needs about a second). */
const CHALLENGE_TTL_MS = 10 * 60 * 1000;
const VERSION = 'c1';

export interface IssuedChallenge {
  /** Opaque, signed: `c1.<edition>.<expires>.<random>.<bits>.<signature>`. */
  challenge: string;
  /** Leading zero bits SHA-256(`<challenge>.<nonce>`) must have. */
  bits: number;
  expiresAt: string;
}

/** A proof that checked out: its challenge's id (spent once) and when it would have expired. */
export interface VerifiedProof {
  id: string;
  expiresAt: Date;
}

/**
 * A self-hosted proof of work (no third-party service): the server signs a challenge, the client
 * finds a nonce whose SHA-256 with it starts with `bits` zero bits, the server checks the
 * signature, the edition, the expiry and the work. Each challenge is spent once (RegistrationLimits
 * counts it as a window of one), so one solution buys one registration.
 */
@Injectable()
export class RegistrationChallenges {
  constructor(
    private readonly tokens: TokenSigner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(editionId: number, now = new Date()): Promise<IssuedChallenge> {
    const bits = this.config.registrationLimits.challengeBits;
    const expires = Math.floor((now.getTime() + CHALLENGE_TTL_MS) / 1000);
    const unsigned = `${VERSION}.${editionId}.${expires}.${randomBytes(12).toString('base64url')}.${bits}`;
    return { challenge: `${unsigned}.${await this.tokens.derive('registration-challenge', unsigned)}`, bits, expiresAt: new Date(expires * 1000).toISOString() };
  }

  /** The proof (`<challenge>.<nonce>`) if it is genuine, for this edition, unexpired and worked; else null. */
  async verify(proof: string | undefined, editionId: number, now = new Date()): Promise<VerifiedProof | null> {
    if (!proof || proof.length > 300) return null;
    const parts = proof.split('.');
    if (parts.length !== 7 || parts[0] !== VERSION) return null;
    const [, edition, expires, random, bits, signature] = parts;
    if (Number(edition) !== editionId || !/^\d+$/.test(expires) || !/^\d+$/.test(bits)) return null;
    const expected = Buffer.from(await this.tokens.derive('registration-challenge', parts.slice(0, 5).join('.')));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const expiresAt = new Date(Number(expires) * 1000);
    if (expiresAt <= now) return null;
    if (leadingZeroBits(createHash('sha256').update(proof).digest()) < Number(bits)) return null;
    return { id: random, expiresAt };
  }
}

export function leadingZeroBits(hash: Buffer): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}
