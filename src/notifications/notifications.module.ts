import { Global, Module } from '@nestjs/common';
import { SmsChannel } from './channels/sms/sms-channel';
import { SmsDeliveryStore } from './channels/sms/sms-delivery.store';
import { SmsNumberLimits } from './channels/sms/sms-number-limits';
import { SmsReports } from './channels/sms/sms-reports';
import { SmsReportsController } from './channels/sms/sms-reports.controller';
import { EmailChannel } from './email-channel';
import { MailTransport } from './mail-transport';
import { NOTIFICATION_CHANNELS, NotificationChannel } from './notification-channel';
import { OutboxSender } from './outbox-sender';
import { OutboxStore } from './outbox.store';

/** Global: whatever changes a registration announces it through the outbox. */
@Global()
@Module({
  controllers: [SmsReportsController],
  providers: [
    OutboxStore,
    MailTransport,
    EmailChannel,
    SmsDeliveryStore,
    SmsNumberLimits,
    SmsChannel,
    SmsReports,
    // Every channel the sender can deliver through.
    { provide: NOTIFICATION_CHANNELS, inject: [EmailChannel, SmsChannel], useFactory: (...channels: NotificationChannel[]) => channels },
    OutboxSender,
  ],
  exports: [OutboxStore, OutboxSender, SmsDeliveryStore],
})
export class NotificationsModule {}
