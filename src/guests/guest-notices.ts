import type { Edition } from '../editions/edition.store';
import type { Recipient } from '../notifications/notification';
import type { Guest } from './guest.store';

/** Where a guest is reached: in Chinese, the guests' language. */
export function guestRecipient(guest: Pick<Guest, 'name' | 'email' | 'phone'>): Recipient {
  return { name: guest.name, email: guest.email, phone: guest.phone, language: 'zh' };
}

/** The channels a guest has an address on: e-mail, and SMS to the phone. */
export function guestChannels(guest: Pick<Guest, 'email' | 'phone'>): ('email' | 'sms')[] {
  return [...(guest.email ? (['email'] as const) : []), ...(guest.phone ? (['sms'] as const) : [])];
}

export function editionTitle(edition: Pick<Edition, 'titleZh' | 'titleEn'>) {
  return { zh: edition.titleZh, en: edition.titleEn };
}
