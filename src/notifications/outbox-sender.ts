import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { processIdentity } from '../jobs/process-identity';
import { OutboxMessage } from './entities/outbox-message.entity';
import { summarizeError } from './error-summary';
import { MailTransport } from './mail-transport';

export const BATCH_SIZE = 50;
/** Longer than any send may take (the transport times out well before), so a live claim is never taken over. */
const CLAIM_SECONDS = 600;
const MAX_ATTEMPTS = 8;
const FIRST_RETRY_SECONDS = 30;
const LONGEST_RETRY_SECONDS = 6 * 3600;

/**
 * Due for a send: pending and its time has come, or claimed by a sender that did not finish
 * (crashed or stopped) before its claim lapsed. A sent or failed message is never due.
 */
const DUE = "((status = 'pending' AND next_attempt_at <= :now) OR (status = 'sending' AND claimed_until < :now))";

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
 * run this at once; a message marked sent is never due again. A crash between the SMTP server's
 * acceptance and the "sent" mark is the one case left: the claim lapses and the message goes again.
 *
 * Each status change is a single conditional UPDATE run on its own, not inside
 * dataSource.transaction: one statement is atomic by itself on both databases and holds its lock
 * (a row on InnoDB, the file on SQLite) only while it runs, so no server waits on another's open
 * transaction, and none is open while the mail server is talked to.
 */
@Injectable()
export class OutboxSender {
  private readonly logger = new Logger(OutboxSender.name);
  readonly sender = processIdentity();

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
  ) {}

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
    const due = await this.dataSource
      .getRepository(OutboxMessage)
      .createQueryBuilder('message')
      .select('message.id', 'id')
      .where(DUE, { now })
      .orderBy('message.nextAttemptAt', 'ASC')
      .addOrderBy('message.id', 'ASC')
      .limit(BATCH_SIZE)
      .getRawMany<{ id: number }>();
    for (const { id } of due) {
      // Claimed one at a time, just before its send, so a claim never waits behind a slow batch.
      const message = await this.claim(Number(id), clock());
      if (message) await this.send(message, clock, report);
    }
    return { report, found: due.length };
  }

  private async claim(id: number, at: Date): Promise<OutboxMessage | null> {
    const claimed = await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ status: 'sending', claimedBy: this.sender, claimedUntil: new Date(at.getTime() + CLAIM_SECONDS * 1000) })
      .where(`id = :id AND ${DUE}`, { id, now: at })
      .execute();
    if (claimed.affected !== 1) return null; // another sender has it, or it is no longer due
    return this.dataSource.getRepository(OutboxMessage).findOneBy({ id, claimedBy: this.sender });
  }

  private async send(message: OutboxMessage, clock: () => Date, report: DeliveryReport): Promise<void> {
    try {
      await this.transport.deliver({ kind: message.kind, to: message.toAddress, subject: message.subject, body: message.body });
    } catch (error) {
      await this.recordFailure(message, error, clock(), report);
      return;
    }
    const marked = await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ status: 'sent', sentAt: clock(), claimedBy: null, claimedUntil: null, lastError: null })
      .where("id = :id AND status = 'sending' AND claimed_by = :sender", { id: message.id, sender: this.sender })
      .execute();
    if (marked.affected === 1) report.sent++;
    // Not ours any more: the personal-data purge removed it while it was on its way.
    else this.logger.warn(`message ${message.id} (${message.kind}) was sent but had left the outbox meanwhile`);
  }

  private async recordFailure(message: OutboxMessage, error: unknown, at: Date, report: DeliveryReport): Promise<void> {
    const attempts = message.attempts + 1;
    const giveUp = attempts >= MAX_ATTEMPTS;
    const reason = summarizeError(error);
    await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({
        status: giveUp ? 'failed' : 'pending',
        attempts,
        nextAttemptAt: giveUp ? message.nextAttemptAt : new Date(at.getTime() + retryDelaySeconds(attempts) * 1000),
        claimedBy: null,
        claimedUntil: null,
        lastError: reason,
      })
      .where("id = :id AND status = 'sending' AND claimed_by = :sender", { id: message.id, sender: this.sender })
      .execute();
    if (giveUp) {
      report.failed++;
      this.logger.error(`message ${message.id} (${message.kind}) failed for good after ${attempts} attempts: ${reason}`);
    } else {
      report.retrying++;
      this.logger.warn(`message ${message.id} (${message.kind}) failed (attempt ${attempts} of ${MAX_ATTEMPTS}), retrying later: ${reason}`);
    }
  }
}
