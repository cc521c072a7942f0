import { randomUUID } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { OutgoingSms, SmsProvider } from './sms-provider';

/**
 * Without a provider, each text message is appended to the spool file as one JSON line (`to`,
 * `text`, `template`, `variables`, `kind`, `id`, `at`), like the mail spool: a phone for
 * development and tests. The id it gives stands for a provider's message id.
 */
export class SmsSpool implements SmsProvider {
  readonly name = 'spool';

  constructor(private readonly file: string) {}

  async send(sms: OutgoingSms): Promise<{ providerMessageId: string | null }> {
    const id = randomUUID();
    await mkdir(dirname(this.file), { recursive: true });
    const line = JSON.stringify({
      to: sms.phone,
      text: sms.text,
      template: sms.template,
      variables: Object.fromEntries(sms.variables),
      kind: sms.kind,
      id,
      at: new Date().toISOString(),
    });
    // One write per line with O_APPEND, as the mail spool: two servers' lines do not interleave.
    await appendFile(this.file, `${line}\n`, 'utf8');
    return { providerMessageId: id };
  }
}
