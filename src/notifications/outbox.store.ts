import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Tx } from '../database/transactions';
import { OutboxMessage } from './entities/outbox-message.entity';
import type { OutboxStatus } from './notification-kind';
import type { ChannelName, Notification } from './notification';

export type NewOutboxMessage = Pick<OutboxMessage, 'kind' | 'dedupeKey' | 'registrationId' | 'channel' | 'address' | 'language' | 'template' | 'params'>;

/** How a failed send leaves the row: back to pending for a later try, or failed for good. */
export interface FailedSend {
  status: Extract<OutboxStatus, 'pending' | 'failed'>;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string;
}

/**
 * Due for a send: pending and its time has come, or claimed by a sender that did not finish
 * (crashed or stopped) before its claim lapsed. A sent or failed message is never due.
 */
const DUE = "((status = 'pending' AND next_attempt_at <= :now) OR (status = 'sending' AND claimed_until < :now))";
/** Only the sender holding the claim may change a message it is sending. */
const CLAIMED_BY = "id = :id AND status = 'sending' AND claimed_by = :sender";
/** Rows forgotten per statement, well below any database's limit on bound parameters. */
const CHUNK = 500;

/** The only code that reads and writes outbox_message; other modules call this, never the entities. */
@Injectable()
export class OutboxStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Puts a channel-neutral message in the outbox, addressed on its channel: one INSERT in the
   * caller's transaction (so nothing is announced that did not happen); a row with the same
   * dedupe key already there makes it a no-op. The sender job renders and delivers it.
   */
  async enqueue(tx: Tx, notification: Notification, notBefore = new Date()): Promise<void> {
    const { recipient, channel = 'email', ...rest } = notification;
    const message: NewOutboxMessage = { ...rest, channel, address: addressOn(channel, recipient), language: recipient.language };
    await tx
      .createQueryBuilder()
      .insert()
      .into(OutboxMessage)
      .values({ ...message, status: 'pending', attempts: 0, nextAttemptAt: notBefore })
      .orIgnore()
      // Not read back: on MySQL that is one more round trip, inside the caller's transaction.
      .updateEntity(false)
      .execute();
  }

  /** The ids of up to `limit` messages due at `now`, the longest waiting first. */
  async dueIds(now: Date, limit: number): Promise<number[]> {
    const rows = await this.dataSource
      .getRepository(OutboxMessage)
      .createQueryBuilder('message')
      .select('message.id', 'id')
      .where(DUE, { now })
      .orderBy('message.nextAttemptAt', 'ASC')
      .addOrderBy('message.id', 'ASC')
      .limit(limit)
      .getRawMany<{ id: number }>();
    return rows.map((row) => Number(row.id));
  }

  /**
   * Claims a message for `sender` until `until`, if it is still due at `now`: one conditional
   * UPDATE that at most one sender can win. Null when another sender has it or it is no longer due.
   */
  async claim(id: number, sender: string, now: Date, until: Date): Promise<OutboxMessage | null> {
    const claimed = await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ status: 'sending', claimedBy: sender, claimedUntil: until })
      .where(`id = :id AND ${DUE}`, { id, now })
      .execute();
    if (claimed.affected !== 1) return null;
    return this.dataSource.getRepository(OutboxMessage).findOneBy({ id, claimedBy: sender });
  }

  /** False when the message left the outbox (or the claim) while it was being sent. */
  async markSent(id: number, sender: string, sentAt: Date): Promise<boolean> {
    const marked = await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ status: 'sent', sentAt, claimedBy: null, claimedUntil: null, lastError: null })
      .where(CLAIMED_BY, { id, sender })
      .execute();
    return marked.affected === 1;
  }

  async recordFailure(id: number, sender: string, failure: FailedSend): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ ...failure, claimedBy: null, claimedUntil: null })
      .where(CLAIMED_BY, { id, sender })
      .execute();
  }

  /**
   * The personal-data purge: messages still waiting to go to these registrations are dropped;
   * the others keep their kind, channel and dates, but their address becomes
   * `anonymized+<registration id>@invalid.huiwu` and their text `placeholder`.
   */
  async forgetRecipients(registrationIds: number[], placeholder: string, tx: Tx = this.dataSource.manager): Promise<void> {
    for (let i = 0; i < registrationIds.length; i += CHUNK) {
      const ids = registrationIds.slice(i, i + CHUNK);
      await tx.delete(OutboxMessage, { registrationId: In(ids), status: In(['pending', 'sending']) });
      await tx
        .createQueryBuilder()
        .update(OutboxMessage)
        .set({
          address: () => this.anonymizedAddress('registration_id'),
          template: 'verbatim',
          params: { subject: placeholder, body: placeholder },
          lastError: null,
        })
        .where({ registrationId: In(ids) })
        .execute();
    }
  }

  /**
   * The purge, for messages that belong to no registration (invited guests'): those whose
   * dedupe key starts with `keyPrefix` are dropped while waiting, or keep only their kind,
   * channel and dates.
   */
  async forgetKeyed(keyPrefix: string, placeholder: string, tx: Tx = this.dataSource.manager): Promise<void> {
    // `!` escapes, as in like-pattern.ts: a backslash reads differently on the two engines.
    const prefix = `${keyPrefix.replace(/[!%_]/g, (c) => `!${c}`)}%`;
    await tx.createQueryBuilder().delete().from(OutboxMessage).where("dedupe_key LIKE :prefix ESCAPE '!' AND status IN ('pending', 'sending')", { prefix }).execute();
    await tx
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ address: 'anonymized@invalid.huiwu', template: 'verbatim', params: { subject: placeholder, body: placeholder }, lastError: null })
      .where("dedupe_key LIKE :prefix ESCAPE '!'", { prefix })
      .execute();
  }

  /** `anonymized+<registration id>@invalid.huiwu` (a domain that cannot exist), in the dialect's SQL. */
  private anonymizedAddress(idColumn: string): string {
    return this.dataSource.options.type === 'better-sqlite3'
      ? `'anonymized+' || ${idColumn} || '@invalid.huiwu'`
      : `CONCAT('anonymized+', ${idColumn}, '@invalid.huiwu')`;
  }

  /** Messages by status (pending is the depth of the queue, failed the ones given up), for the metrics page. */
  async countsByStatus(): Promise<Map<OutboxStatus, number>> {
    const rows: { status: OutboxStatus; n: string | number }[] = await this.dataSource.query('SELECT status, COUNT(*) AS n FROM outbox_message GROUP BY status');
    return new Map(rows.map((row) => [row.status, Number(row.n)]));
  }
}

function addressOn(channel: ChannelName, recipient: Notification['recipient']): string {
  const address = channel === 'email' ? recipient.email : recipient.phone;
  if (!address) throw new Error(`the recipient has no address for the ${channel} channel`);
  return address;
}
