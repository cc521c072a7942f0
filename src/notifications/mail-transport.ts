import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { NotificationKind } from './notification-kind';

export interface OutgoingMail {
  kind: NotificationKind;
  to: string;
  subject: string;
  body: string;
}

/**
 * Hands a message to the SMTP server of SMTP_URL or, without one, appends it as a JSON line to
 * the spool file (a mailbox for development and tests). Resolves only once the message is
 * accepted; any refusal or timeout rejects, and the sender retries later.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly smtp: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.smtp = config.mail.smtpUrl
      ? createTransport(
          {
            url: config.mail.smtpUrl,
            // Far below the sender's claim on a message (10 min): a send still hanging when the
            // claim lapses would let another server send the same message again.
            dnsTimeout: 15_000,
            connectionTimeout: 15_000,
            greetingTimeout: 15_000,
            socketTimeout: 60_000,
          },
          { from: config.mail.from },
        )
      : null;
  }

  async deliver(mail: OutgoingMail): Promise<void> {
    if (this.smtp) {
      await this.smtp.sendMail({ to: mail.to, subject: mail.subject, text: mail.body });
      return;
    }
    const file = this.config.mail.spoolFile;
    await mkdir(dirname(file), { recursive: true });
    const line = JSON.stringify({ to: mail.to, subject: mail.subject, body: mail.body, kind: mail.kind, at: new Date().toISOString() });
    // One write per line with O_APPEND: lines of two servers sharing the file do not interleave.
    await appendFile(file, `${line}\n`, 'utf8');
  }

  onModuleDestroy(): void {
    this.smtp?.close();
  }
}
