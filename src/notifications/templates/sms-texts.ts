import type { GuestInvitationParams } from './guest-invitation';
import type { GuestReminderParams } from './guest-reminder';
import type { GuestRoomParams } from './guest-room';
import type { PickupDriverParams, PickupGuestParams } from './pickup';
import { inLanguage, Language, LANGUAGES } from './template';

/**
 * A text message's words. Providers in China send only templates approved beforehand, with
 * variables: the deployment registers each text below with its provider (Alibaba writes a
 * variable `${name}`, Tencent numbers them `{1}`, `{2}` in this order) and names the approved
 * code in SMS_TEMPLATES. The text here is what the spool shows and what the template must say.
 */
export interface SmsText<P> {
  /** The variables, in the order of the template's placeholders. */
  variables(params: P, language: Language): Array<[string, string]>;
  text: Record<Language, string>;
}

const SMS_TEXTS = {
  // A link glued to Chinese words is taken whole by a phone's link detection (and then opens a
  // wrong token): keep a space on each side of ${url}.
  guest_invitation: {
    variables: (p: GuestInvitationParams, language: Language) => [
      ['name', p.name],
      ['edition', inLanguage(p.editionTitle, language)],
      ['url', p.replyUrl],
      ['code', p.code],
    ],
    text: {
      zh: '${name}您好，诚邀您出席${edition}，请访问 ${url} 回复参会回执，邀请码${code}。',
      en: 'Dear ${name}, you are invited to ${edition}. Please reply at ${url} (code ${code}).',
    },
  } satisfies SmsText<GuestInvitationParams>,
  guest_reminder: {
    variables: (p: GuestReminderParams, language: Language) => [
      ['name', p.name],
      ['edition', inLanguage(p.editionTitle, language)],
      ['url', p.replyUrl],
      ['code', p.code],
    ],
    text: {
      zh: '${name}您好，我们尚未收到您对${edition}邀请的回复，请访问 ${url} 回复参会回执，邀请码${code}。',
      en: 'Dear ${name}, we have not yet had your reply to the invitation to ${edition}. Please reply at ${url} (code ${code}).',
    },
  } satisfies SmsText<GuestReminderParams>,
  guest_room: {
    variables: (p: GuestRoomParams, language: Language) => [
      ['name', p.name],
      ['edition', inLanguage(p.editionTitle, language)],
      ['hotel', p.hotel ?? '-'],
      ['room', p.roomType ?? '-'],
      ['checkin', p.checkIn ?? '-'],
      ['checkout', p.checkOut ?? '-'],
    ],
    text: {
      zh: '${name}您好，您参加${edition}的住宿安排：${hotel}，${room}，${checkin}入住，${checkout}退房。',
      en: 'Dear ${name}, your room for ${edition}: ${hotel}, ${room}, check-in ${checkin}, check-out ${checkout}.',
    },
  } satisfies SmsText<GuestRoomParams>,
  pickup_guest: {
    variables: (p: PickupGuestParams) => [
      ['name', p.name],
      ['time', p.time],
      ['place', p.meetingPoint],
      ['plate', p.plate],
      ['driver', p.driverName],
      ['phone', p.driverPhone],
    ],
    text: {
      zh: '${name}您好，${time}在${place}接您的车辆为${plate}，司机${driver}，电话${phone}。',
      en: 'Dear ${name}, at ${time} car ${plate} waits for you at ${place}; driver ${driver}, phone ${phone}.',
    },
  } satisfies SmsText<PickupGuestParams>,
  pickup_driver: {
    variables: (p: PickupDriverParams) => [
      ['driver', p.driverName],
      ['time', p.time],
      ['plate', p.plate],
      ['place', p.meetingPoint],
      ['guests', p.guests],
      ['count', String(p.guestCount)],
    ],
    text: {
      zh: '${driver}师傅您好，请于${time}驾驶${plate}到${place}接${guests}，共${count}人。',
      en: 'Dear ${driver}, at ${time} please take ${plate} to ${place} to pick up ${guests} (${count} in all).',
    },
  } satisfies SmsText<PickupDriverParams>,
};

export type SmsTemplateKey = keyof typeof SMS_TEXTS;
export const SMS_TEMPLATE_KEYS = Object.keys(SMS_TEXTS) as SmsTemplateKey[];

export interface RenderedSms {
  variables: Array<[string, string]>;
  text: string;
}

/** A stored message's SMS: an unknown key or language is an error here (the sender records it). */
export function renderSms(key: string, params: unknown, language: string): RenderedSms {
  const entry = Object.hasOwn(SMS_TEXTS, key) ? (SMS_TEXTS[key as SmsTemplateKey] as SmsText<unknown>) : undefined;
  if (!entry) throw new Error(`template "${key}" has no text message`);
  if (!(LANGUAGES as readonly string[]).includes(language)) throw new Error(`template "${key}" has no language "${language}"`);
  const variables = entry.variables(params, language as Language);
  const values = new Map(variables);
  const text = entry.text[language as Language].replace(/\$\{(\w+)\}/g, (_, name: string) => values.get(name) ?? '');
  return { variables, text };
}
