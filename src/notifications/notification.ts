import type { NotificationKind } from './notification-kind';
import type { Language, TemplateKey, TemplateParams } from './templates/template';

export const CHANNELS = ['email', 'sms'] as const;
/** The ways a message can reach someone: e-mail, and text messages to a phone. */
export type ChannelName = (typeof CHANNELS)[number];

/** Who a message is for: an address per channel, the name it greets, the language it is written in. */
export interface Recipient {
  name: string;
  email?: string | null;
  phone?: string | null;
  language: Language;
}

/**
 * An announcement, channel-neutral: which template, with which parameters, for whom. It is
 * rendered into the channel's words only when sent, so the same message can go by e-mail or SMS.
 */
export interface Notification<K extends TemplateKey = TemplateKey> {
  kind: NotificationKind;
  /** Same key, same announcement: enqueuing it again does nothing. */
  dedupeKey: string;
  registrationId: number | null;
  recipient: Recipient;
  template: K;
  params: TemplateParams[K];
  /** E-mail unless said otherwise. */
  channel?: ChannelName;
}
