import { wordedError } from '../common/http/worded-error';

/** Requests allowed per window: few per address asked for (its owner needs one), more per client, who may ask for a household. */
export const RESEND_LIMITS = { perRecipient: 3, perClient: 10, windowSeconds: 3600 } as const;
const MAX_TRACKED_KEYS = 50_000;

/**
 * Bounds how often a link is sent again: per recipient address, so nobody's inbox is flooded,
 * and per client address, so nobody sprays requests over many addresses. Counted before the
 * address is looked up, whether or not it is registered, so a refusal tells nothing either.
 * Kept in memory, per process (as the sign-in throttle is).
 */
export class LinkResendThrottle {
  private readonly requests = new Map<string, number[]>();

  constructor(private readonly limits: { perRecipient: number; perClient: number; windowSeconds: number } = RESEND_LIMITS) {}

  /** Counts the request, or refuses it (429 with Retry-After) when either key is over its limit. */
  admit(recipient: string, client: string, now = Date.now()): void {
    const keys: [string, number][] = [
      [`recipient:${recipient}`, this.limits.perRecipient],
      [`client:${client}`, this.limits.perClient],
    ];
    const retryAfter = Math.max(...keys.map(([key, max]) => this.wait(key, max, now)));
    if (retryAfter > 0) {
      const minutes = Math.ceil(retryAfter / 60);
      throw wordedError(
        429,
        { zh: `申请过于频繁，请 ${minutes} 分钟后再试`, en: `Too many requests; try again in ${minutes} min` },
        { email: { zh: '该邮箱或本机申请重新发送的次数过多', en: 'asked for too often from here or for this address' } },
        { retryAfter },
      );
    }
    for (const [key] of keys) {
      const list = this.recent(key, now);
      list.push(now);
      this.requests.delete(key);
      this.requests.set(key, list);
    }
    // Bound memory against a flood of made-up addresses: forget the keys touched longest ago.
    while (this.requests.size > MAX_TRACKED_KEYS) this.requests.delete(this.requests.keys().next().value!);
  }

  private recent(key: string, now: number): number[] {
    return (this.requests.get(key) ?? []).filter((t) => now - t < this.limits.windowSeconds * 1000);
  }

  /** Seconds until the key may ask again; 0 when it may now. */
  private wait(key: string, max: number, now: number): number {
    const list = this.recent(key, now);
    if (list.length < max) return 0;
    return Math.max(1, Math.ceil((list[list.length - max] + this.limits.windowSeconds * 1000 - now) / 1000));
  }
}
