import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import type { ChannelName } from '../../notification';
import type { NotificationChannel, StoredMessage } from '../../notification-channel';
import { renderSms, SMS_TEMPLATE_KEYS } from '../../templates/sms-texts';
import { AliyunSmsProvider } from './aliyun-sms.provider';
import { smsNumber } from './phone-number';
import { SmsDeliveryStore } from './sms-delivery.store';
import { SmsNumberLimits } from './sms-number-limits';
import { OutgoingSms, SmsProvider } from './sms-provider';
import { SmsSpool } from './sms-spool.provider';
import { TencentSmsProvider } from './tencent-sms.provider';

/**
 * Text messages, through the provider SMS_PROVIDER names (Alibaba Cloud or Tencent Cloud) or,
 * without one, into the spool file. `render` resolves the number and the approved template (a
 * number no message can reach, or a template with no approved code, fails at once: no retry
 * would help); `send` counts the number's share, hands the message over and records it, so a
 * delivery report can find it later.
 */
@Injectable()
export class SmsChannel implements NotificationChannel<OutgoingSms> {
  readonly channel: ChannelName = 'sms';
  private readonly logger = new Logger(SmsChannel.name);
  private readonly provider: SmsProvider;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly limits: SmsNumberLimits,
    private readonly deliveries: SmsDeliveryStore,
  ) {
    const sms = config.sms;
    this.provider = sms.provider === 'aliyun' ? new AliyunSmsProvider(sms) : sms.provider === 'tencent' ? new TencentSmsProvider(sms) : new SmsSpool(sms.spoolFile);
    const unknown = Object.keys(sms.templates).filter((key) => !(SMS_TEMPLATE_KEYS as string[]).includes(key));
    // Said at start: a misspelt key would otherwise show only as failed messages.
    if (unknown.length) this.logger.warn(`SMS_TEMPLATES names templates that have no text message: ${unknown.join(', ')} (known: ${SMS_TEMPLATE_KEYS.join(', ')})`);
  }

  render(message: StoredMessage): OutgoingSms {
    const phone = smsNumber(message.address);
    if (!phone) throw new Error('the recipient’s phone number cannot receive text messages');
    const { variables, text } = renderSms(message.template, message.params, message.language);
    const templateCode = this.config.sms.templates[message.template] ?? null;
    if (this.config.sms.provider && !templateCode) throw new Error(`SMS_TEMPLATES has no approved template code for "${message.template}"`);
    return { outboxMessageId: message.id ?? null, kind: message.kind, phone, template: message.template, templateCode, variables, text };
  }

  async send(sms: OutgoingSms): Promise<void> {
    const counted = await this.limits.take(sms.phone);
    let providerMessageId: string | null;
    try {
      ({ providerMessageId } = await this.provider.send(sms));
    } catch (error) {
      await this.limits.giveBack(counted);
      throw error;
    }
    await this.deliveries.recordAccepted({
      outboxMessageId: sms.outboxMessageId,
      provider: this.provider.name,
      phone: sms.phone,
      template: sms.template,
      providerMessageId,
    });
  }
}
