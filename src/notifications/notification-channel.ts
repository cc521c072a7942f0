import type { NotificationKind } from './notification-kind';

/** What the sender reads back from the outbox to render a message. */
export interface StoredMessage {
  /** The outbox row's id: a channel that records deliveries (SMS) names the row it sent. */
  id?: number;
  kind: NotificationKind;
  address: string;
  language: string;
  template: string;
  params: object;
}

/**
 * One way of reaching people (e-mail, SMS). `render` turns a stored message into what the
 * channel sends and throws when it cannot (unknown template: no retry would help); `send`
 * resolves once the provider accepted it and rejects on any refusal or timeout (retried later).
 */
export interface NotificationChannel<Rendered = unknown> {
  readonly channel: string;
  render(message: StoredMessage): Rendered;
  send(rendered: Rendered): Promise<void>;
}

/** The injection token of every channel this server can send through. */
export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');
