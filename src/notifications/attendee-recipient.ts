import type { Edition } from '../editions/edition.store';
import type { Registration } from '../registrations/registration.store';
import type { Recipient } from './notification';
import type { Bilingual } from './templates/template';

/** Where and how an attendee is reached: in Chinese, the attendees' language (registrations record no other yet). */
export function attendee(registration: Pick<Registration, 'name' | 'email' | 'phone'>): Recipient {
  return { name: registration.name, email: registration.email, phone: registration.phone, language: 'zh' };
}

/** An attendee message's first parameters: whom it greets, their code, the edition's title. */
export function attendeeParams(registration: Pick<Registration, 'name' | 'code'>, edition: Pick<Edition, 'titleZh' | 'titleEn'>) {
  return { name: registration.name, code: registration.code, editionTitle: { zh: edition.titleZh, en: edition.titleEn } satisfies Bilingual };
}

/** An optional place name in both languages; null when there is none in Chinese (the text leaves it out). */
export function placeName(zh: string | null | undefined, en: string | null | undefined): Bilingual | null {
  return zh ? { zh, en: en ?? null } : null;
}
