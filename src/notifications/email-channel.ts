import { Injectable } from '@nestjs/common';
import { MailTransport, OutgoingMail } from './mail-transport';
import type { ChannelName } from './notification';
import type { NotificationChannel, StoredMessage } from './notification-channel';
import { renderTemplate } from './templates';

/** E-mail: the template's subject and text, over SMTP or into the spool file (MailTransport). */
@Injectable()
export class EmailChannel implements NotificationChannel<OutgoingMail> {
  readonly channel: ChannelName = 'email';

  constructor(private readonly transport: MailTransport) {}

  render(message: StoredMessage): OutgoingMail {
    const { subject, body } = renderTemplate(message.template, message.params, message.language);
    return { kind: message.kind, to: message.address, subject, body };
  }

  send(mail: OutgoingMail): Promise<void> {
    return this.transport.deliver(mail);
  }
}
