import { cancellation } from './cancellation';
import { confirmation } from './confirmation';
import { confirmationRequest } from './confirmation-request';
import { decision } from './decision';
import { guestDeputy } from './guest-deputy';
import { partnerInvitation } from './partner-invitation';
import { guestInvitation } from './guest-invitation';
import { guestReminder } from './guest-reminder';
import { guestRoom } from './guest-room';
import { passwordReset } from './password-reset';
import { pickupDriver, pickupGuest } from './pickup';
import { promotion } from './promotion';
import { registrationLinks } from './registration-links';
import { reminder } from './reminder';
import { sessionChanged } from './session-changed';
import { Language, LANGUAGES, RenderedText, Template, TemplateKey, TemplateParams } from './template';
import { verbatim } from './verbatim';

const TEMPLATES: { [K in TemplateKey]: Template<TemplateParams[K]> } = {
  confirmation,
  confirmation_request: confirmationRequest,
  promotion,
  decision,
  cancellation,
  reminder,
  session_changed: sessionChanged,
  password_reset: passwordReset,
  partner_invitation: partnerInvitation,
  registration_links: registrationLinks,
  verbatim,
  guest_invitation: guestInvitation,
  guest_reminder: guestReminder,
  guest_room: guestRoom,
  guest_deputy: guestDeputy,
  pickup_guest: pickupGuest,
  pickup_driver: pickupDriver,
};

/**
 * The words of a stored message. Keys and parameters come back from the database, so an unknown
 * key or language is an error here (the sender records it) rather than a type error.
 */
export function renderTemplate(key: string, params: unknown, language: string): RenderedText {
  const template = Object.hasOwn(TEMPLATES, key) ? (TEMPLATES[key as TemplateKey] as Template<unknown>) : undefined;
  if (!template) throw new Error(`unknown template "${key}"`);
  if (!(LANGUAGES as readonly string[]).includes(language)) throw new Error(`template "${key}" has no language "${language}"`);
  return template[language as Language](params);
}
