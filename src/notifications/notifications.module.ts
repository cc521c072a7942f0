import { Global, Module } from '@nestjs/common';
import { NotificationsService } from './notifications.service';

/** Global: whatever changes a registration announces it through the outbox. */
@Global()
@Module({
  providers: [NotificationsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
