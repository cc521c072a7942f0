import { Bilingual, inLanguage, Template } from './template';

export interface GuestRoomParams {
  name: string;
  editionTitle: Bilingual;
  /** The hotel and room type, or null when the guest no longer has a room. */
  hotel: string | null;
  roomType: string | null;
  /** First night and the morning of departure (YYYY-MM-DD). */
  checkIn: string | null;
  checkOut: string | null;
  /** Who shares the room, by name; empty when nobody. */
  sharingWith: string[];
}

/** A guest's hotel room was given, changed or taken back. The SMS words are in sms-texts.ts. */
export const guestRoom: Template<GuestRoomParams> = {
  zh: (p) => ({
    subject: `住宿安排：${p.editionTitle.zh}`,
    body: p.hotel
      ? `${p.name}，您好：\n\n您参加${p.editionTitle.zh}期间的住宿安排如下：\n酒店：${p.hotel}\n房型：${p.roomType}\n入住：${p.checkIn}，退房：${p.checkOut}\n` +
        (p.sharingWith.length ? `同住：${p.sharingWith.join('、')}\n` : '')
      : `${p.name}，您好：\n\n您参加${p.editionTitle.zh}期间的住宿安排已取消。如有疑问请联系会务组。\n`,
  }),
  en: (p) => ({
    subject: `Your hotel room: ${inLanguage(p.editionTitle, 'en')}`,
    body: p.hotel
      ? `Dear ${p.name},\n\nYour room for ${inLanguage(p.editionTitle, 'en')}:\nHotel: ${p.hotel}\nRoom type: ${p.roomType}\nCheck-in: ${p.checkIn}, check-out: ${p.checkOut}\n` +
        (p.sharingWith.length ? `Sharing with: ${p.sharingWith.join(', ')}\n` : '')
      : `Dear ${p.name},\n\nYour hotel room for ${inLanguage(p.editionTitle, 'en')} has been cancelled. Please contact the organizers with any question.\n`,
  }),
};
