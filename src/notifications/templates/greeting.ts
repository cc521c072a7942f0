import type { Language } from './template';

/** The opening line every attendee message shares. */
export function greeting(name: string, language: Language): string {
  return language === 'en' ? `Dear ${name},\n\n` : `${name}，您好：\n\n`;
}

/** The attendee code line every attendee message ends with. */
export function codeLine(code: string, language: Language): string {
  return language === 'en' ? `Attendee code: ${code}\n` : `参会码：${code}\n`;
}
