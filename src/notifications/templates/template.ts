import type { CancellationParams } from './cancellation';
import type { ConfirmationParams } from './confirmation';
import type { ConfirmationRequestParams } from './confirmation-request';
import type { DecisionParams } from './decision';
import type { GuestDeputyParams } from './guest-deputy';
import type { PartnerInvitationParams } from './partner-invitation';
import type { GuestInvitationParams } from './guest-invitation';
import type { GuestReminderParams } from './guest-reminder';
import type { GuestRoomParams } from './guest-room';
import type { PasswordResetParams } from './password-reset';
import type { PickupDriverParams, PickupGuestParams } from './pickup';
import type { PromotionParams } from './promotion';
import type { RegistrationLinksParams } from './registration-links';
import type { ReminderParams } from './reminder';
import type { SessionChangedParams } from './session-changed';
import type { VerbatimParams } from './verbatim';

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in both languages; the English one may be missing, and Chinese stands in for it. */
export interface Bilingual {
  zh: string;
  en: string | null;
}

export function inLanguage(text: Bilingual, language: Language): string {
  return language === 'en' ? (text.en ?? text.zh) : text.zh;
}

/** What a template makes of its parameters: a subject (e-mail only) and the text. */
export interface RenderedText {
  subject: string;
  body: string;
}

/** One message kind's words, Chinese first (the attendees' language), then English. */
export type Template<P> = Record<Language, (params: P) => RenderedText>;

/** Every template's parameters by key: what a producer stores, and what the template reads back when sent. */
export interface TemplateParams {
  confirmation: ConfirmationParams;
  confirmation_request: ConfirmationRequestParams;
  promotion: PromotionParams;
  decision: DecisionParams;
  cancellation: CancellationParams;
  reminder: ReminderParams;
  session_changed: SessionChangedParams;
  password_reset: PasswordResetParams;
  partner_invitation: PartnerInvitationParams;
  registration_links: RegistrationLinksParams;
  verbatim: VerbatimParams;
  guest_invitation: GuestInvitationParams;
  guest_reminder: GuestReminderParams;
  guest_room: GuestRoomParams;
  guest_deputy: GuestDeputyParams;
  pickup_guest: PickupGuestParams;
  pickup_driver: PickupDriverParams;
}
export type TemplateKey = keyof TemplateParams;
