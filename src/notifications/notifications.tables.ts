import { OutboxMessage } from './entities/outbox-message.entity';
import { SmsDelivery } from './entities/sms-delivery.entity';
import { SmsNumberWindow } from './entities/sms-number-window.entity';

/** The tables the notifications module owns: only its stores read and write them. */
export const NOTIFICATIONS_TABLES = [OutboxMessage, SmsDelivery, SmsNumberWindow];
