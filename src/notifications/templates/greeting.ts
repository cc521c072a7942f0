import type { Language } from './template';

/** The opening line of messages to an account's owner, whose name an organizer entered. */
export function greeting(name: string, language: Language): string {
  return language === 'en' ? `Dear ${name},\n\n` : `${name}，您好：\n\n`;
}

/**
 * The opening line every attendee message shares. It never opens with the name: the name is
 * whatever the sender typed, and a message to an address nobody has confirmed must not begin
 * with someone's text under the federation's name (the body names the attendee after fixed words).
 */
export function attendeeGreeting(language: Language): string {
  return language === 'en' ? 'Hello,\n\n' : '您好：\n\n';
}

/** Whom the registration names, after the fixed wording. */
export function nameLine(name: string, language: Language): string {
  return language === 'en' ? `Registered name: ${name}\n` : `报名人：${name}\n`;
}

/** The attendee code line every attendee message ends with. */
export function codeLine(code: string, language: Language): string {
  return language === 'en' ? `Attendee code: ${code}\n` : `参会码：${code}\n`;
}
