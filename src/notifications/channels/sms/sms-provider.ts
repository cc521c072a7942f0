import type { NotificationKind } from '../../notification-kind';

/** A text message ready to go: the number, the approved template and its variables, and the words for the spool. */
export interface OutgoingSms {
  outboxMessageId: number | null;
  kind: NotificationKind;
  /** E.164. */
  phone: string;
  /** Our template key (`pickup_guest`). */
  template: string;
  /** The provider's code of the approved template; null only when spooling. */
  templateCode: string | null;
  variables: Array<[string, string]>;
  text: string;
}

/** One way of handing text messages over: Alibaba Cloud, Tencent Cloud, or the spool file. */
export interface SmsProvider {
  readonly name: string;
  /** Resolves with the provider's id of the message once it accepted it; rejects on any refusal or timeout. */
  send(sms: OutgoingSms): Promise<{ providerMessageId: string | null }>;
}

/** A refusal the provider answered with, code and message as it wrote them (no phone number in it). */
export class SmsRefused extends Error {
  constructor(provider: string, code: string, message: string) {
    super(`${provider} refused the message: ${code} ${message}`.trim());
    this.name = 'SmsRefused';
  }
}

/** How long a provider may take to answer: far below the sender's claim on a message (10 min). */
export const PROVIDER_TIMEOUT_MS = 15_000;
