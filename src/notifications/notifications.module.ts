import { Global, Module } from '@nestjs/common';
import { MailTransport } from './mail-transport';
import { NotificationsService } from './notifications.service';
import { OutboxSender } from './outbox-sender';

/** Global: whatever changes a registration announces it through the outbox. */
@Global()
@Module({
  providers: [NotificationsService, MailTransport, OutboxSender],
  exports: [NotificationsService, OutboxSender],
})
export class NotificationsModule {}
