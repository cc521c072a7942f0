import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { NumberWindow, SmsDeliveryStore } from './sms-delivery.store';
import { maskedNumber } from './phone-number';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** One take in this many also forgets windows that ended a day ago. */
const PURGE_EVERY = 200;

/** Over a number's share: the outbox tries again later (its back-off outlasts an hour's window). */
export class SmsNumberLimited extends Error {
  constructor(phone: string, endsAt: Date) {
    super(`the text messages allowed to ${maskedNumber(phone)} are used up until ${endsAt.toISOString()}`);
    this.name = 'SmsNumberLimited';
  }
}

/**
 * At most SMS_NUMBER_PER_HOUR and SMS_NUMBER_PER_DAY text messages to one number, counted in
 * the database so every server shares the count: a mistaken batch, or someone typing another's
 * number, can never flood a phone.
 */
@Injectable()
export class SmsNumberLimits {
  private takes = 0;
  /** The windows' clock (tests move it on by an hour). */
  clock = () => new Date();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: SmsDeliveryStore,
  ) {}

  /** Counts a message to `phone`, or throws SmsNumberLimited; the windows counted are returned to give back on failure. */
  async take(phone: string, now = this.clock()): Promise<NumberWindow[]> {
    const windows = [window(phone, HOUR, this.config.sms.perNumberPerHour, now), window(phone, DAY, this.config.sms.perNumberPerDay, now)];
    if (++this.takes % PURGE_EVERY === 0) await this.store.forgetWindows(new Date(now.getTime() - DAY));
    const full = await this.store.take(windows);
    if (full) throw new SmsNumberLimited(phone, full.endsAt);
    return windows;
  }

  giveBack(windows: NumberWindow[]): Promise<void> {
    return this.store.giveBack(windows);
  }
}

function window(phone: string, length: number, cap: number, now: Date): NumberWindow {
  const index = Math.floor(now.getTime() / length);
  const key = createHash('sha256').update(`sms\n${phone}\n${length}\n${index}`).digest('hex');
  return { key, cap, endsAt: new Date((index + 1) * length) };
}
