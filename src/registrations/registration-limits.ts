import { createHash, randomBytes } from 'node:crypto';
import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { LocalText } from '../common/i18n/local-text';
import { REGISTRATION_REFUSALS } from './registration-refusals';
import { retryTransient } from '../common/transient-failure';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RegistrationChallenges } from './registration-challenge';
import { RegistrationThrottleStore, ThrottleWindow } from './registration-throttle.store';

/** Who asks to register: where from, and a solved challenge if any. */
export interface Requester {
  address: string;
  proof?: string;
}

type Limit = 'address' | 'edition' | 'recipient' | 'challenge' | 'proof';
interface Window extends ThrottleWindow {
  limit: Limit;
}

/** One start in this many also forgets windows that ended a day ago. */
const PURGE_EVERY = 200;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Rate limits on new registrations, shared by every server through the database: per client
 * address and per edition (bots filling a sub-forum), per recipient mailbox (our sender relaying
 * someone's text to any address, `+tag` variants counted together), and, past a lower volume per
 * address or per edition, a solved proof of work (RegistrationChallenges) for each further one.
 *
 * The usual registration costs two statements, neither in its transaction: create the windows'
 * rows (a no-op when they exist) and count in all of them with one conditional UPDATE. Only when
 * some window is full are the rows read, to say which limit and for how long.
 */
@Injectable()
export class RegistrationLimits {
  private starts = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: RegistrationThrottleStore,
    private readonly challenges: RegistrationChallenges,
  ) {}

  /** Counts the registration, or throws 429 (Retry-After) over a limit, or 428 when a challenge must be solved first. */
  async admit(editionId: number, email: string, requester: Requester, now = new Date()): Promise<void> {
    const limits = this.config.registrationLimits;
    const mailbox = countedMailbox(email);
    const windows: Window[] = [
      windowOf('address', ['address', requester.address], limits.perAddressPerHour, HOUR, now),
      windowOf('edition', ['edition', String(editionId)], limits.perEditionPerMinute, MINUTE, now),
      windowOf('recipient', ['recipient-hour', mailbox], limits.perRecipientPerHour, HOUR, now),
      windowOf('recipient', ['recipient-day', mailbox], limits.perRecipientPerDay, DAY, now),
      windowOf('challenge', ['address-free', requester.address], limits.challengeAfterPerAddress, HOUR, now),
      windowOf('challenge', ['edition-free', String(editionId)], limits.challengeAfterPerEdition, MINUTE, now),
    ];
    const proof = await this.challenges.verify(requester.proof, editionId, now);
    // A solved challenge is a window of one: a second registration with it finds it full.
    if (proof) windows.push({ limit: 'proof', key: subjectKey(['proof', proof.id]), cap: 1, endsAt: proof.expiresAt });

    // In key order, the order InnoDB locks them in: two registrations creating and counting the
    // same windows then wait for each other rather than deadlock; a deadlock still possible under
    // a burst (a duplicate key's share lock) is one whole statement, run again.
    windows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const keys = windows.map((w) => w.key);
    if (++this.starts % PURGE_EVERY === 0) await this.store.purge(new Date(now.getTime() - DAY));
    await retryTransient(() => this.store.ensure(windows));
    const holder = randomBytes(12).toString('base64url');
    const counted = await retryTransient(() => this.store.count(keys, holder));
    if (counted === windows.length) return;

    // Some window was full. One this request filled exactly reads as full too, but names this
    // request as the last it counted. (A racing request may have counted after it: the window is
    // then taken as refused, a limit one lower in that race, never higher.)
    const rows = new Map((await this.store.find(keys)).map((row) => [row.subjectKey, row]));
    const refused = new Set(
      windows.filter((w) => {
        const row = rows.get(w.key);
        return !row || (row.hits >= w.cap && row.countedBy !== holder);
      }),
    );
    const passed = windows.filter((w) => !refused.has(w));
    const hard = [...refused].filter((w) => w.limit === 'address' || w.limit === 'edition' || w.limit === 'recipient');
    const proofSpent = [...refused].some((w) => w.limit === 'proof');
    const challengeDue = [...refused].some((w) => w.limit === 'challenge');
    if (hard.length === 0 && !(challengeDue && (!proof || proofSpent))) return;

    // Refused: what this request counted elsewhere is given back (a bot refused by its address
    // must not use up the edition's share).
    await retryTransient(() => this.store.uncount(passed.map((w) => w.key)));
    if (hard.length) {
      const first = hard.reduce((a, b) => (b.endsAt > a.endsAt ? b : a));
      throw tooMany(first.limit as 'address' | 'edition' | 'recipient', seconds(first.endsAt.getTime() - now.getTime()));
    }
    throw challengeRequired(editionId, requester.proof !== undefined && requester.proof !== '');
  }
}

/** The mailbox that receives a message: case and a `+tag` in the local part do not make another one. */
export function countedMailbox(email: string): string {
  const [local, domain] = [email.slice(0, email.lastIndexOf('@')), email.slice(email.lastIndexOf('@') + 1)];
  return `${local.split('+')[0]}@${domain}`.toLowerCase();
}

function windowOf(limit: Limit, subject: string[], cap: number, length: number, now: Date): Window {
  const index = Math.floor(now.getTime() / length);
  return { limit, key: subjectKey([...subject, String(length), String(index)]), cap, endsAt: new Date((index + 1) * length) };
}

/** Lower-case hex: sorted the same by JavaScript and by a case-insensitive collation. */
function subjectKey(values: string[]): string {
  return createHash('sha256').update(values.join('\n')).digest('hex');
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

function wait(secs: number): LocalText {
  if (secs < 120) return REGISTRATION_REFUSALS.waitSeconds({ n: secs });
  const minutes = Math.ceil(secs / 60);
  if (minutes < 120) return REGISTRATION_REFUSALS.waitMinutes({ n: minutes });
  return REGISTRATION_REFUSALS.waitHours({ n: Math.ceil(minutes / 60) });
}

const TOO_MANY = {
  address: REGISTRATION_REFUSALS.tooManyFromAddress,
  edition: REGISTRATION_REFUSALS.tooManyForEdition,
  recipient: REGISTRATION_REFUSALS.tooManyForRecipient,
} as const;

/** 429 with Retry-After, in the client's language (the filter picks it; the pages pick the reader's). */
function tooMany(limit: 'address' | 'edition' | 'recipient', retryAfter: number): HttpException {
  const message = TOO_MANY[limit]({ wait: wait(retryAfter) });
  return new HttpException({ message, errors: { [limit === 'recipient' ? 'email' : 'registration']: message }, retryAfter }, HttpStatus.TOO_MANY_REQUESTS);
}

function challengeRequired(editionId: number, proofGiven: boolean): HttpException {
  const message = REGISTRATION_REFUSALS.challengeRequired({ editionId, failed: proofGiven ? REGISTRATION_REFUSALS.challengeFailed() : '' });
  return new HttpException({ message, errors: { proof: message } }, HttpStatus.PRECONDITION_REQUIRED);
}
