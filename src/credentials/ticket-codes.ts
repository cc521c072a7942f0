import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, sign, verify } from 'node:crypto';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SettingStore } from '../settings/setting.store';

/** What a signed ticket code says: whose ticket, for which edition, and which printing of it. */
export interface TicketClaims {
  editionId: number;
  registrationId: number;
  generation: number;
}

/** What a guest's signed code says (嘉宾, invited rather than registered): whose, for which edition, which printing. */
export interface GuestClaims {
  editionId: number;
  guestId: number;
  generation: number;
}

const KEY_SETTING = 'check-in.ticket_signing_key';
/** The first byte: a registration's ticket (1) or a guest's (2); the same key signs both. */
const FORMAT_VERSION = 1;
const GUEST_FORMAT = 2;
/** Codes kept for reuse: an edition's attendees many times over. */
const ISSUED_MEMO = 50_000;
/** ECDSA P-256 signatures in IEEE P1363 form: r ‖ s, 64 bytes. */
const SIGNATURE_BYTES = 64;
/** base64url of a version byte, three small varints and the signature: 88 to 100 characters. */
export const SIGNED_CODE_PATTERN = /^[A-Za-z0-9_-]{86,120}$/;

/**
 * An ECDSA check on libuv's thread pool, not the event loop: at the door the event loop is what
 * admits people (a second core otherwise half idle takes the signature), and a thousand first
 * scans a minute would each hold every other request for the verification's time.
 */
function verifiedOffThread(payload: Buffer, key: KeyObject, signature: Buffer): Promise<boolean> {
  return new Promise((resolve, reject) => verify('sha256', payload, { key, dsaEncoding: 'ieee-p1363' }, signature, (error, genuine) => (error ? reject(error) : resolve(genuine))));
}

/**
 * The code a ticket's QR carries: compact and signed by the server, so that a phone at the door
 * verifies it offline with the public key alone. ECDSA P-256 rather than Ed25519: every phone
 * browser's WebCrypto verifies P-256 (Ed25519 only arrived in the newest), and its signature is
 * as short (64 bytes). The key pair is made once and kept in the database, so every server
 * process signs and verifies alike; only the public key ever leaves the server.
 *
 * Layout (before base64url): version (1 byte), edition id, registration id, generation (LEB128
 * varints), then the 64-byte signature of everything before it. A guest's code is the same with
 * version 2 and the guest's id: no registration's code can be read as a guest's, nor the reverse.
 */
@Injectable()
export class TicketCodes implements OnApplicationBootstrap {
  private readonly issued = new Map<string, string>();
  /**
   * Codes whose signature was found genuine, by the code itself (which holds the signature): a
   * door scans the same tickets at several gates and again on the way back in, and an ECDSA
   * verification was a twentieth of a scan's time. Bounded like `issued`.
   */
  private readonly genuine = new Set<string>();
  /**
   * Checks under way, by code: the same ticket scanned at several gates at once (or fired twice
   * by a phone's camera) waits for the one verification rather than starting its own.
   */
  private readonly verifying = new Map<string, Promise<boolean>>();
  private keys?: Promise<{ privateKey: KeyObject; publicKey: KeyObject; publicKeySpki: string }>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly settings: SettingStore,
  ) {}

  /** Read at start, never first inside a transaction (it may write the setting on its own connection). */
  async onApplicationBootstrap(): Promise<void> {
    await this.keyPair();
  }

  /**
   * ECDSA signatures are randomised: the same claims would print a different code each time, and
   * the ticket PDF's ETag would never match. The first code issued for a printing is kept (a
   * bounded memo; after a restart a new but equally valid code is issued).
   */
  issue(claims: TicketClaims): Promise<string> {
    return this.issueAs(FORMAT_VERSION, [claims.editionId, claims.registrationId, claims.generation]);
  }

  /** A guest's code: opens the guest's ticket page, printed on the guest's badge. */
  issueGuest(claims: GuestClaims): Promise<string> {
    return this.issueAs(GUEST_FORMAT, [claims.editionId, claims.guestId, claims.generation]);
  }

  /** The claims of a genuine registration's code; null for anything else (malformed, tampered, another server's, a guest's). */
  async verify(code: string): Promise<TicketClaims | null> {
    const values = await this.open(code, FORMAT_VERSION);
    return values && { editionId: values[0], registrationId: values[1], generation: values[2] };
  }

  /** The claims of a genuine guest's code; null for anything else. */
  async verifyGuest(code: string): Promise<GuestClaims | null> {
    const values = await this.open(code, GUEST_FORMAT);
    return values && { editionId: values[0], guestId: values[1], generation: values[2] };
  }

  private async issueAs(version: number, values: [number, number, number]): Promise<string> {
    const key = `${version}:${values.join(':')}`;
    const known = this.issued.get(key);
    if (known) return known;
    const payload = encodeClaims(version, values);
    const signature = sign('sha256', payload, { key: (await this.keyPair()).privateKey, dsaEncoding: 'ieee-p1363' });
    const code = Buffer.concat([payload, signature]).toString('base64url');
    if (this.issued.size >= ISSUED_MEMO) this.issued.clear();
    this.issued.set(key, code);
    return code;
  }

  /** Checked with the key in memory: no database, no network. */
  private async open(code: string, version: number): Promise<[number, number, number] | null> {
    if (!SIGNED_CODE_PATTERN.test(code)) return null;
    const bytes = Buffer.from(code, 'base64url');
    if (bytes.length <= SIGNATURE_BYTES + 1 || bytes[0] !== version) return null;
    const payload = bytes.subarray(0, bytes.length - SIGNATURE_BYTES);
    if (this.genuine.has(code)) return decodeClaims(payload);
    let check = this.verifying.get(code);
    if (!check) {
      check = this.verified(code, payload, bytes.subarray(bytes.length - SIGNATURE_BYTES));
      this.verifying.set(code, check);
    }
    return (await check) ? decodeClaims(payload) : null;
  }

  /** One code's ECDSA check, remembered when genuine; `verifying` holds it while it runs. */
  private async verified(code: string, payload: Buffer, signature: Buffer): Promise<boolean> {
    try {
      const genuine = await verifiedOffThread(payload, (await this.keyPair()).publicKey, signature);
      if (genuine) {
        if (this.genuine.size >= ISSUED_MEMO) this.genuine.clear();
        this.genuine.add(code);
      }
      return genuine;
    } finally {
      this.verifying.delete(code);
    }
  }

  /** Signs any bytes with the same key (the gates' offline snapshots), P1363, base64url. */
  async signBytes(data: Buffer): Promise<string> {
    return sign('sha256', data, { key: (await this.keyPair()).privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');
  }

  /** The public key as base64 SPKI, what devices import with WebCrypto (ECDSA, P-256). */
  async publicKey(): Promise<string> {
    return (await this.keyPair()).publicKeySpki;
  }

  /** The address a QR code opens: the ticket page for anyone, with the check-in action for staff. */
  pageUrl(code: string, lang: 'zh' | 'en' = 'zh'): string {
    const url = new URL(`/t/${code}`, this.config.publicBaseUrl);
    // An English ticket opens the English page.
    if (lang === 'en') url.searchParams.set('lang', 'en');
    return url.href;
  }

  private keyPair() {
    this.keys ??= this.loadKeys().catch((error: unknown) => {
      this.keys = undefined;
      throw error;
    });
    return this.keys;
  }

  private async loadKeys() {
    const proposed = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const pem = await this.settings.keepFirst(KEY_SETTING, proposed);
    const privateKey = createPrivateKey(pem);
    const publicKey = createPublicKey(privateKey);
    return { privateKey, publicKey, publicKeySpki: publicKey.export({ type: 'spki', format: 'der' }).toString('base64') };
  }
}

function encodeClaims(version: number, values: number[]): Buffer {
  const bytes = [version];
  for (const value of values) {
    let rest = value;
    do {
      const low = rest & 0x7f;
      rest = Math.floor(rest / 128);
      bytes.push(rest ? low | 0x80 : low);
    } while (rest);
  }
  return Buffer.from(bytes);
}

function decodeClaims(payload: Buffer): [number, number, number] | null {
  const values: number[] = [];
  let at = 1;
  while (values.length < 3 && at < payload.length) {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = payload[at++];
      if (byte === undefined || scale > 2 ** 35) return null;
      value += (byte & 0x7f) * scale;
      scale *= 128;
      if (!(byte & 0x80)) break;
    }
    values.push(value);
  }
  if (values.length !== 3 || at !== payload.length) return null;
  return [values[0], values[1], values[2]];
}
