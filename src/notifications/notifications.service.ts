import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationKind } from './notification-kind';
import { OutboxMessage } from './entities/outbox-message.entity';

export interface Notification {
  kind: NotificationKind;
  /** Same key, same announcement: enqueuing it again does nothing. */
  dedupeKey: string;
  registrationId: number | null;
  toAddress: string;
  subject: string;
  body: string;
}

/** Puts announcements in the outbox, inside the caller's transaction; the sender job delivers them. */
@Injectable()
export class NotificationsService {
  async enqueue(manager: EntityManager, notification: Notification, notBefore = new Date()): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessage)
      .values({ ...notification, status: 'pending', attempts: 0, nextAttemptAt: notBefore })
      .orIgnore()
      // Not read back: on MySQL that is one more round trip, inside the caller's transaction.
      .updateEntity(false)
      .execute();
  }
}
