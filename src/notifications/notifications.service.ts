import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import type { ChannelName, Notification } from './notification';
import { OutboxStore } from './outbox.store';

export type { Notification } from './notification';

/** Puts announcements in the outbox, inside the caller's transaction; the sender job renders and delivers them. */
@Injectable()
export class NotificationsService {
  constructor(private readonly outbox: OutboxStore) {}

  /** One INSERT in the caller's transaction. */
  async enqueue(tx: Tx, notification: Notification, notBefore = new Date()): Promise<void> {
    const { recipient, channel = 'email', ...message } = notification;
    await this.outbox.enqueue({ ...message, channel, address: addressOn(channel, recipient), language: recipient.language }, notBefore, tx);
  }
}

function addressOn(channel: ChannelName, recipient: Notification['recipient']): string {
  const address = channel === 'email' ? recipient.email : recipient.phone;
  if (!address) throw new Error(`the recipient has no address for the ${channel} channel`);
  return address;
}
