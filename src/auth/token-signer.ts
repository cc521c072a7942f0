import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SettingStore } from '../settings/setting.store';

export interface TokenClaims {
  /** account id */
  sub: number;
  /** issued at / expires, seconds since the epoch */
  iat: number;
  exp: number;
  /** The account's token version when the token was issued (absent in tokens older than it: 0). */
  ver?: number;
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
const SECRET_SETTING = 'auth.token_secret';
/** The purpose whose key signs sign-in tokens; the others are named by their callers (`registration`, `partner-calendar`…). */
const SIGN_IN_PURPOSE = 'sign-in';
/** How many genuine tokens are remembered at most (a few hundred bytes each). */
const GENUINE_MEMO = 10_000;

/**
 * Signs and checks sign-in tokens (JWT, HS256), and derives the other secrets Huiwu hands out
 * (attendees' registration tokens, calendar links). Without AUTH_SECRET the master secret is
 * generated once and kept in the database, so every server process sharing it accepts the same
 * tokens and a restart does not sign everybody out.
 *
 * Each purpose signs with its own key, derived from the master secret with HKDF and the purpose's
 * name: a value made for one purpose (a calendar link's signature, say) is worthless for any other,
 * and no purpose's key is the master secret itself.
 */
@Injectable()
export class TokenSigner implements OnApplicationBootstrap {
  private key?: Promise<Buffer>;
  private readonly purposeKeys = new Map<string, Buffer>();
  /**
   * Tokens whose signature was found genuine, by the token itself (which holds the signature and
   * the claims): every request of a console or a door's phone sends the same one, and its HMAC was
   * checked again each time. Expiry is still checked on each use; revocation is the account's
   * token version, read per request (AccessGuard). Bounded: cleared when full.
   */
  private readonly genuine = new Map<string, TokenClaims>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly settings: SettingStore,
  ) {}

  /**
   * Reads the key at start (after the migrations, which run at module init): read lazily, its
   * first use could come inside a transaction and wait for a pool connection that only that
   * transaction's end would free.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.secretKey();
  }

  async sign(accountId: number, tokenVersion: number, now = Date.now()): Promise<{ token: string; expiresAt: Date }> {
    const iat = Math.floor(now / 1000);
    const exp = iat + this.config.auth.tokenTtlMinutes * 60;
    const payload = Buffer.from(JSON.stringify({ sub: accountId, iat, exp, ver: tokenVersion } satisfies TokenClaims)).toString('base64url');
    const signature = await this.signature(`${HEADER}.${payload}`);
    return { token: `${HEADER}.${payload}.${signature}`, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a genuine, unexpired token; null for anything else. */
  async verify(token: string, now = Date.now()): Promise<TokenClaims | null> {
    const known = this.genuine.get(token);
    if (known) return known.exp * 1000 > now ? known : null;
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return null;
    const expected = Buffer.from(await this.signature(`${parts[0]}.${parts[1]}`));
    const actual = Buffer.from(parts[2]);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
    let claims: TokenClaims;
    try {
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as TokenClaims;
    } catch {
      return null;
    }
    if (!Number.isInteger(claims.sub) || typeof claims.exp !== 'number' || claims.exp * 1000 <= now) return null;
    if (this.genuine.size >= GENUINE_MEMO) this.genuine.clear();
    this.genuine.set(token, claims);
    return claims;
  }

  /**
   * A secret derived for one purpose (e.g. an attendee's registration token) from the same key:
   * it can be recomputed when needed, so it is never stored, and it is worthless elsewhere.
   */
  async derive(purpose: string, subject: string): Promise<string> {
    return createHmac('sha256', await this.keyFor(purpose)).update(subject).digest('base64url').slice(0, 32);
  }

  private async signature(input: string): Promise<string> {
    return createHmac('sha256', await this.keyFor(SIGN_IN_PURPOSE)).update(input).digest('base64url');
  }

  private async keyFor(purpose: string): Promise<Buffer> {
    let key = this.purposeKeys.get(purpose);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', await this.secretKey(), Buffer.alloc(0), `huiwu:${purpose}:v1`, 32));
      this.purposeKeys.set(purpose, key);
    }
    return key;
  }

  private secretKey(): Promise<Buffer> {
    this.key ??= this.loadKey().catch((error: unknown) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }

  private async loadKey(): Promise<Buffer> {
    if (this.config.auth.secret) return Buffer.from(this.config.auth.secret, 'utf8');
    const stored = await this.settings.keepFirst(SECRET_SETTING, randomBytes(32).toString('base64url'));
    return Buffer.from(stored, 'utf8');
  }
}
