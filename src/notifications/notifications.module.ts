import { Global, Module } from '@nestjs/common';
import { OutboxStore } from './outbox.store';
import { MailTransport } from './mail-transport';
import { NotificationsService } from './notifications.service';
import { OutboxSender } from './outbox-sender';

/** Global: whatever changes a registration announces it through the outbox. */
@Global()
@Module({
  providers: [OutboxStore, NotificationsService, MailTransport, OutboxSender],
  exports: [OutboxStore, NotificationsService, OutboxSender],
})
export class NotificationsModule {}
