import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

const MAX_TRACKED_KEYS = 50_000;

/**
 * Counts failed sign-ins per account and per client address over a sliding window. Once an
 * account (or an address, at four times the limit) has failed too often, every attempt is
 * refused with 429 until the window has passed, the right password included: otherwise a
 * guesser would learn the password from which attempt is let through.
 * Kept in memory: per process, which bounds a guesser per server without a database write per attempt.
 */
@Injectable()
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Throws 429 (with Retry-After seconds) when the account or the address is locked out. */
  check(email: string, address: string, now = Date.now()): void {
    const { loginMaxFailures: max } = this.config.auth;
    const waits = [this.wait(`account:${email}`, max, now), this.wait(`address:${address}`, max * 4, now)];
    const retryAfter = Math.max(...waits);
    if (retryAfter > 0) {
      throw new HttpException(
        {
          message: `Too many failed sign-ins; try again in ${retryAfter} s`,
          errors: { email: 'too many failed sign-ins' },
          retryAfter,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  recordFailure(email: string, address: string, now = Date.now()): void {
    for (const key of [`account:${email}`, `address:${address}`]) {
      const list = this.recent(key, now);
      list.push(now);
      this.failures.delete(key);
      this.failures.set(key, list);
    }
    // Bound memory against a flood of made-up emails: forget the keys touched longest ago.
    while (this.failures.size > MAX_TRACKED_KEYS) this.failures.delete(this.failures.keys().next().value!);
  }

  recordSuccess(email: string): void {
    this.failures.delete(`account:${email}`);
  }

  private recent(key: string, now: number): number[] {
    const windowMs = this.config.auth.loginWindowSeconds * 1000;
    return (this.failures.get(key) ?? []).filter((t) => now - t < windowMs);
  }

  /** Seconds until the key may try again; 0 when it may now. */
  private wait(key: string, max: number, now: number): number {
    const list = this.recent(key, now);
    if (list.length < max) return 0;
    const windowMs = this.config.auth.loginWindowSeconds * 1000;
    return Math.max(1, Math.ceil((list[list.length - max] + windowMs - now) / 1000));
  }
}
