import { EmailChannel } from '../../src/notifications/email-channel';
import type { OutboxMessage } from '../../src/notifications/entities/outbox-message.entity';

/** An outbox row with the e-mail it makes: the address, subject and body the e-mail channel sends. */
export type OutboxMail = OutboxMessage & { toAddress: string; subject: string; body: string };

// Rendering needs no transport: the row is only turned into words, not sent.
const email = new EmailChannel(undefined as never);

export function asMail(row: OutboxMessage): OutboxMail {
  const { to, subject, body } = email.render(row);
  return { ...row, toAddress: to, subject, body };
}
