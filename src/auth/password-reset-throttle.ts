import { HttpException, HttpStatus, Injectable } from '@nestjs/common';

const WINDOW_MS = 15 * 60 * 1000;
/** Requests per e-mail address typed in, known or not, within the window. */
export const RESET_REQUESTS_PER_EMAIL = 3;
/** Requests per client address within the window. */
export const RESET_REQUESTS_PER_CLIENT = 20;
const MAX_TRACKED_KEYS = 50_000;

/**
 * Bounds "forgot password" requests per typed e-mail address and per client address, counted
 * before the address is looked up, so an unknown address is refused exactly like a known one and
 * a 429 tells nothing about who has an account. In memory, per process: a bound on one client's
 * noise, not a secret's guard (a link cannot be guessed); the cap that holds across servers is
 * the per-account count of links sent (PasswordResetStore.countSince).
 */
@Injectable()
export class PasswordResetThrottle {
  private readonly requests = new Map<string, number[]>();

  /** Counts the request, or throws 429 (with Retry-After seconds) when either key has had its share. */
  take(email: string, client: string, now = Date.now()): void {
    const keys: [string, number][] = [
      [`email:${email}`, RESET_REQUESTS_PER_EMAIL],
      [`client:${client}`, RESET_REQUESTS_PER_CLIENT],
    ];
    const retryAfter = Math.max(...keys.map(([key, max]) => this.wait(key, max, now)));
    if (retryAfter > 0) {
      throw new HttpException(
        { message: `Too many password reset requests; try again in ${retryAfter} s`, errors: { email: 'too many password reset requests' }, retryAfter },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    for (const [key] of keys) {
      const list = this.recent(key, now);
      list.push(now);
      this.requests.delete(key);
      this.requests.set(key, list);
    }
    while (this.requests.size > MAX_TRACKED_KEYS) this.requests.delete(this.requests.keys().next().value!);
  }

  private recent(key: string, now: number): number[] {
    return (this.requests.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  }

  private wait(key: string, max: number, now: number): number {
    const list = this.recent(key, now);
    if (list.length < max) return 0;
    return Math.max(1, Math.ceil((list[list.length - max] + WINDOW_MS - now) / 1000));
  }
}
