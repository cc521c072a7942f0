import { Inject, Injectable, Logger } from '@nestjs/common';
import { processIdentity } from '../jobs/process-identity';
import type { OutboxMessage } from './entities/outbox-message.entity';
import { summarizeError } from './error-summary';
import { NOTIFICATION_CHANNELS, NotificationChannel } from './notification-channel';
import { OutboxStore } from './outbox.store';

export const BATCH_SIZE = 50;
/** Longer than any send may take (the transport times out well before), so a live claim is never taken over. */
const CLAIM_SECONDS = 600;
const MAX_ATTEMPTS = 8;
const FIRST_RETRY_SECONDS = 30;
const LONGEST_RETRY_SECONDS = 6 * 3600;

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

/** Seconds before the next try after `attempts` failed ones: 30 s, 1 min, 2 min… at most 6 h. */
function retryDelaySeconds(attempts: number): number {
  return Math.min(FIRST_RETRY_SECONDS * 2 ** Math.max(attempts - 1, 0), LONGEST_RETRY_SECONDS);
}

/**
 * Delivers the outbox. A message is sent only by the sender that claimed it, with one
 * conditional UPDATE (pending → sending) that at most one sender can win, however many servers
 * run this at once; a message marked sent is never due again. A crash between the provider's
 * acceptance and the "sent" mark is the one case left: the claim lapses and the message goes again.
 *
 * Each message is rendered at send time by the channel of its row. A message no channel or
 * template of this server can render fails at once with the reason: no retry would help.
 *
 * Each status change is a single conditional UPDATE run on its own, not inside a transaction:
 * one statement is atomic by itself on both databases and holds its lock (a row on InnoDB, the
 * file on SQLite) only while it runs, so no server waits on another's open transaction, and
 * none is open while the provider is talked to.
 */
@Injectable()
export class OutboxSender {
  private readonly logger = new Logger(OutboxSender.name);
  readonly sender = processIdentity();
  private readonly channels: ReadonlyMap<string, NotificationChannel>;

  constructor(
    private readonly outbox: OutboxStore,
    @Inject(NOTIFICATION_CHANNELS) channels: NotificationChannel[],
  ) {
    this.channels = new Map(channels.map((channel) => [channel.channel, channel]));
  }

  /** Sends what is due at `now` (the clock runs on from there), at most one batch. */
  async deliverDue(now = new Date()): Promise<DeliveryReport> {
    return (await this.deliverBatch(now)).report;
  }

  /**
   * Batch after batch while full ones are found and `budgetMs` lasts, so a burst (the reminders
   * of a whole edition) goes out within one tick rather than one batch per tick.
   */
  async deliverWithin(budgetMs: number): Promise<DeliveryReport> {
    const started = Date.now();
    const total: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
    for (;;) {
      const { report, found } = await this.deliverBatch(new Date());
      total.sent += report.sent;
      total.retrying += report.retrying;
      total.failed += report.failed;
      if (found < BATCH_SIZE || Date.now() - started >= budgetMs) return total;
    }
  }

  private async deliverBatch(now: Date): Promise<{ report: DeliveryReport; found: number }> {
    const started = Date.now();
    const clock = () => new Date(now.getTime() + (Date.now() - started));
    const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
    const due = await this.outbox.dueIds(now, BATCH_SIZE);
    for (const id of due) {
      // Claimed one at a time, just before its send, so a claim never waits behind a slow batch.
      const at = clock();
      const message = await this.outbox.claim(id, this.sender, at, new Date(at.getTime() + CLAIM_SECONDS * 1000));
      if (message) await this.send(message, clock, report);
    }
    return { report, found: due.length };
  }

  private async send(message: OutboxMessage, clock: () => Date, report: DeliveryReport): Promise<void> {
    const channel = this.channels.get(message.channel);
    if (!channel) return this.recordFailure(message, new Error(`no channel "${message.channel}" to send through`), clock(), report, true);
    let rendered: unknown;
    try {
      rendered = channel.render(message);
    } catch (error) {
      return this.recordFailure(message, error, clock(), report, true);
    }
    try {
      await channel.send(rendered);
    } catch (error) {
      return this.recordFailure(message, error, clock(), report, false);
    }
    if (await this.outbox.markSent(message.id, this.sender, clock())) report.sent++;
    // Not ours any more: the personal-data purge removed it while it was on its way.
    else this.logger.warn(`message ${message.id} (${message.kind}) was sent but had left the outbox meanwhile`);
  }

  /** `permanent`: no later try can succeed (no such channel or template), so none is made. */
  private async recordFailure(message: OutboxMessage, error: unknown, at: Date, report: DeliveryReport, permanent: boolean): Promise<void> {
    const attempts = message.attempts + 1;
    const giveUp = permanent || attempts >= MAX_ATTEMPTS;
    const reason = summarizeError(error);
    await this.outbox.recordFailure(message.id, this.sender, {
      status: giveUp ? 'failed' : 'pending',
      attempts,
      nextAttemptAt: giveUp ? message.nextAttemptAt : new Date(at.getTime() + retryDelaySeconds(attempts) * 1000),
      lastError: reason,
    });
    if (permanent) {
      report.failed++;
      this.logger.error(`message ${message.id} (${message.kind}) cannot be sent: ${reason}`);
    } else if (giveUp) {
      report.failed++;
      this.logger.error(`message ${message.id} (${message.kind}) failed for good after ${attempts} attempts: ${reason}`);
    } else {
      report.retrying++;
      this.logger.warn(`message ${message.id} (${message.kind}) failed (attempt ${attempts} of ${MAX_ATTEMPTS}), retrying later: ${reason}`);
    }
  }
}
