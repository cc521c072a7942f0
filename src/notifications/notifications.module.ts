import { Global, Module } from '@nestjs/common';
import { EmailChannel } from './email-channel';
import { MailTransport } from './mail-transport';
import { NOTIFICATION_CHANNELS, NotificationChannel } from './notification-channel';
import { OutboxSender } from './outbox-sender';
import { OutboxStore } from './outbox.store';

/** Global: whatever changes a registration announces it through the outbox. */
@Global()
@Module({
  providers: [
    OutboxStore,
    MailTransport,
    EmailChannel,
    // Every channel the sender can deliver through; SMS joins this list.
    { provide: NOTIFICATION_CHANNELS, inject: [EmailChannel], useFactory: (...channels: NotificationChannel[]) => channels },
    OutboxSender,
  ],
  exports: [OutboxStore, OutboxSender],
})
export class NotificationsModule {}
