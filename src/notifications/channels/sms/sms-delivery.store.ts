import { Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { SmsDelivery, SmsDeliveryStatus } from '../../entities/sms-delivery.entity';
import { SmsNumberWindow } from '../../entities/sms-number-window.entity';

export type { SmsDelivery, SmsDeliveryStatus };

/** A window of one number's messages: its key, cap and end. */
export interface NumberWindow {
  key: string;
  cap: number;
  endsAt: Date;
}

export type NewSmsDelivery = Pick<SmsDelivery, 'outboxMessageId' | 'provider' | 'phone' | 'template' | 'providerMessageId'>;

/** The only code that reads and writes sms_delivery and sms_number_window. */
@Injectable()
export class SmsDeliveryStore {
  constructor(private readonly dataSource: DataSource) {}

  async recordAccepted(delivery: NewSmsDelivery): Promise<void> {
    await this.dataSource.getRepository(SmsDelivery).insert({ ...delivery, status: 'accepted' });
  }

  /**
   * A delivery report: the message the provider knows by `providerMessageId` was delivered or
   * not. False when no message of ours has that id (a report for another system's message).
   * A later report never turns a delivered message back into a failed one.
   */
  async recordReport(provider: string, providerMessageId: string, status: Exclude<SmsDeliveryStatus, 'accepted'>, reportCode: string | null, reportedAt: Date): Promise<boolean> {
    const updated = await this.dataSource
      .createQueryBuilder()
      .update(SmsDelivery)
      .set({ status, reportCode, reportedAt })
      .where("provider = :provider AND provider_message_id = :providerMessageId AND status <> 'delivered'", { provider, providerMessageId })
      .execute();
    if ((updated.affected ?? 0) > 0) return true;
    return this.dataSource.getRepository(SmsDelivery).existsBy({ provider, providerMessageId });
  }

  /** The messages sent for these outbox rows, oldest first. */
  forOutboxMessages(outboxMessageIds: number[]): Promise<SmsDelivery[]> {
    if (outboxMessageIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(SmsDelivery)
      .createQueryBuilder('delivery')
      .where('delivery.outbox_message_id IN (:...ids)', { ids: outboxMessageIds })
      .orderBy('delivery.id', 'ASC')
      .getMany();
  }

  /**
   * Counts one message in every window, or in none: each is raised by a conditional UPDATE
   * below its cap; when one is full, those already raised are lowered again. Concurrent senders
   * may both be refused near the cap (a limit one lower in that race), never both let through.
   */
  async take(windows: NumberWindow[]): Promise<NumberWindow | null> {
    const repository = this.dataSource.getRepository(SmsNumberWindow);
    await repository
      .createQueryBuilder()
      .insert()
      .values(windows.map((w) => ({ subjectKey: w.key, hits: 0, endsAt: w.endsAt })))
      .orIgnore()
      .updateEntity(false)
      .execute();
    const taken: NumberWindow[] = [];
    for (const window of windows) {
      const raised = await this.dataSource
        .createQueryBuilder()
        .update(SmsNumberWindow)
        .set({ hits: () => 'hits + 1' })
        .where('subject_key = :key AND hits < :cap', { key: window.key, cap: window.cap })
        .execute();
      if (raised.affected !== 1) {
        await this.giveBack(taken);
        return window;
      }
      taken.push(window);
    }
    return null;
  }

  /** A counted message that was not sent after all (the provider refused it). */
  async giveBack(windows: NumberWindow[]): Promise<void> {
    for (const window of windows) {
      await this.dataSource
        .createQueryBuilder()
        .update(SmsNumberWindow)
        .set({ hits: () => 'hits - 1' })
        .where('subject_key = :key AND hits > 0', { key: window.key })
        .execute();
    }
  }

  /** Windows that ended before `before` count nothing any more. */
  async forgetWindows(before: Date): Promise<void> {
    await this.dataSource.getRepository(SmsNumberWindow).delete({ endsAt: LessThan(before) });
  }
}
