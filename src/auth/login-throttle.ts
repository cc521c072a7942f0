import { createHash, randomBytes } from 'node:crypto';
import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SignInThrottleStore } from './sign-in-throttle.store';

/** Long enough for any password verification; a reservation left by a crashed process frees itself after it. */
const RESERVATION_MS = 15_000;
/** Delays double with each further failure up to this. */
const MAX_DELAY_MS = 60 * 60 * 1000;
/** A streak of failures is forgotten a day after its last failure. */
const STREAK_MEMORY_MS = 24 * 60 * 60 * 1000;
/** Account-wide and address-wide streaks may grow this many times longer than a pair's before they delay. */
const SPREAD_FACTOR = 4;
/** One start in this many also forgets the subjects nobody tried for a day. */
const PURGE_EVERY = 200;

/** One sign-in attempt that holds the right to verify a password; give it back with `failed` or `succeeded`. */
export interface SignInAttempt {
  readonly pair: string;
  readonly account: string;
  readonly address: string;
  readonly holder: string;
}

/**
 * Sign-in throttling, shared by every server through the database.
 *
 * - Before a password is verified, the attempt reserves its (account, address) pair and its account:
 *   one verification in flight per account, so thirty parallel guesses get one answer and 29 × 429
 *   instead of thirty verifications that all run before the first failure is counted.
 * - After `loginMaxFailures` failures of a pair, each further failure doubles a delay that starts at
 *   `loginWindowSeconds`. Every attempt in a delay is refused with 429, the right password included:
 *   otherwise a guesser would learn the password from which attempt is let through.
 * - Failures are also counted per account and per address, which delay only after four times as
 *   many and never an address the account has signed in from before: a stranger cannot lock the
 *   rightful owner out of their usual place (anyone can still delay the account elsewhere).
 */
@Injectable()
export class LoginThrottle {
  private starts = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: SignInThrottleStore,
  ) {}

  /** Reserves the verification of one attempt; throws 429 (with Retry-After seconds) when it must wait. */
  async begin(email: string, address: string, now = new Date()): Promise<SignInAttempt> {
    const normalized = email.trim().toLowerCase();
    const attempt: SignInAttempt = {
      pair: subjectKey('pair', normalized, address),
      account: subjectKey('account', normalized),
      address: subjectKey('address', address),
      holder: randomBytes(12).toString('base64url'),
    };
    if (++this.starts % PURGE_EVERY === 0) await this.store.purge(new Date(now.getTime() - STREAK_MEMORY_MS));
    await this.store.ensure([attempt.pair, attempt.account, attempt.address]);
    const rows = await this.store.find([attempt.pair, attempt.address]);
    const known = rows.get(attempt.pair)?.knownAddress ?? false;
    const until = new Date(now.getTime() + RESERVATION_MS);

    if (!(await this.store.reserve(attempt.pair, attempt.holder, now, until))) {
      throw tooMany(await this.waitFor([attempt.pair], now));
    }
    if (!(await this.store.reserve(attempt.account, attempt.holder, now, until, known))) {
      await this.store.release(attempt.pair, attempt.holder);
      throw tooMany(await this.waitFor([attempt.account], now));
    }
    const addressBlock = rows.get(attempt.address)?.blockedUntil;
    if (!known && addressBlock && addressBlock > now) {
      await this.release(attempt);
      throw tooMany(seconds(addressBlock.getTime() - now.getTime()));
    }
    return attempt;
  }

  async failed(attempt: SignInAttempt, now = new Date()): Promise<void> {
    const { loginMaxFailures: max } = this.config.auth;
    try {
      await this.count(attempt.pair, max, now);
      await this.count(attempt.account, max * SPREAD_FACTOR, now);
      await this.count(attempt.address, max * SPREAD_FACTOR, now);
    } finally {
      await this.release(attempt);
    }
  }

  async succeeded(attempt: SignInAttempt): Promise<void> {
    try {
      // Only the pair's streak ends: guesses spread over other addresses keep counting against the account.
      await this.store.clear(attempt.pair, true);
    } finally {
      await this.release(attempt);
    }
  }

  private async count(subject: string, freeFailures: number, now: Date): Promise<void> {
    const failures = await this.store.addFailure(subject, now, new Date(now.getTime() - STREAK_MEMORY_MS));
    if (failures < freeFailures) return;
    const delay = Math.min(this.config.auth.loginWindowSeconds * 1000 * 2 ** (failures - freeFailures), MAX_DELAY_MS);
    // Whole seconds: what both engines store exactly (DATETIME without fractions would round or cut).
    await this.store.blockUntil(subject, new Date(Math.floor((now.getTime() + delay) / 1000) * 1000));
  }

  private async release(attempt: SignInAttempt): Promise<void> {
    await this.store.release(attempt.pair, attempt.holder);
    await this.store.release(attempt.account, attempt.holder);
  }

  /** Seconds until the subject may try again: its delay, or a second while another attempt is being verified. */
  private async waitFor(subjects: string[], now: Date): Promise<number> {
    const rows = await this.store.find(subjects);
    const blocks = [...rows.values()].map((row) => (row.blockedUntil && row.blockedUntil > now ? row.blockedUntil.getTime() - now.getTime() : 0));
    return seconds(Math.max(0, ...blocks));
  }
}

function subjectKey(kind: string, ...values: string[]): string {
  return createHash('sha256').update([kind, ...values].join('\n')).digest('base64url');
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

function tooMany(retryAfter: number): HttpException {
  return new HttpException(
    {
      message: `Too many failed sign-ins; try again in ${retryAfter} s`,
      errors: { email: 'too many failed sign-ins' },
      retryAfter,
    },
    HttpStatus.TOO_MANY_REQUESTS,
  );
}
