import { Injectable } from '@nestjs/common';
import { renderRoomingList, RoomingBlock } from '@huiwu/rooming-list';
import type { Language } from '../common/i18n/language';
import { renderedDocument, RenderedDocument } from '../common/http/rendered-document';
import { GUEST_GENDER } from '../guests/guest-kinds';
import { GuestStore } from '../guests/guest.store';
import type { BlockAllocationDto } from './dto/hotel-rooms.dto';
import { HOTEL_ROOM_MESSAGES as M } from './hotel-room-messages';
import { HotelsService } from './hotels.service';
import { RoomAllocationService } from './room-allocation.service';

/** The Chinese headers of the rooming list's sheet, in column order, with their widths. */
const COLUMNS: Array<{ zh: string; en: string; width: number }> = [
  { zh: '房型', en: 'Room type', width: 14 },
  { zh: '房间', en: 'Room', width: 10 },
  { zh: '床位', en: 'Bed', width: 6 },
  { zh: '姓名', en: 'Name', width: 14 },
  { zh: '性别', en: 'Gender', width: 6 },
  { zh: '级别', en: 'Rank', width: 12 },
  { zh: '单位', en: 'Organization', width: 30 },
  { zh: '职务', en: 'Title', width: 20 },
  { zh: '手机', en: 'Phone', width: 16 },
  { zh: '入住日期', en: 'Check-in', width: 12 },
  { zh: '退房日期', en: 'Check-out', width: 12 },
  { zh: '晚数', en: 'Nights', width: 6 },
  { zh: '价格区间', en: 'Price band', width: 16 },
  { zh: '同住', en: 'Sharing with', width: 20 },
];

/**
 * A hotel's rooming list (分房名单) for the hotel's front desk: an Excel sheet (exceljs: a bold
 * frozen header row with a filter, texts as string cells) and a PDF (libs/rooming-list). Both
 * hold phones: only those who handle registrations get them.
 */
@Injectable()
export class RoomingDocuments {
  constructor(
    private readonly allocation: RoomAllocationService,
    private readonly hotels: HotelsService,
    private readonly guests: GuestStore,
  ) {}

  async workbook(editionId: number, hotelId: number, lang: Language): Promise<RenderedDocument> {
    const { hotel, blocks, phones } = await this.data(editionId, hotelId);
    const { Workbook } = await import('exceljs');
    const workbook = new Workbook();
    workbook.creator = 'Huiwu 会务';
    const sheet = workbook.addWorksheet(M.sheetName().in(lang), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    sheet.columns = COLUMNS.map((c) => ({ header: lang === 'en' ? c.en : c.zh, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    for (const block of blocks) {
      for (const room of block.rooms) {
        for (const person of room.occupants) {
          const mates = room.occupants.filter((o) => o.guestId !== person.guestId).map((o) => o.name);
          sheet.addRow([block.roomType, roomLabel(block, room.roomNumber), person.bed, person.name, gender(person.gender, lang), person.rank ?? '', person.organization ?? '', person.title ?? '', phones.get(person.guestId) ?? '', block.firstNight, block.checkOut, block.nights, block.priceBand ?? '', mates.join('、')]);
        }
      }
    }
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    return renderedDocument(body, new Date(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `rooming-list-${hotel.id}.xlsx`);
  }

  async pdf(editionId: number, hotelId: number, lang: Language): Promise<RenderedDocument> {
    const { hotel, blocks, phones, event } = await this.data(editionId, hotelId);
    const issuedAt = new Date();
    const printed: RoomingBlock[] = blocks.map((block) => ({
      roomType: block.roomType,
      checkIn: block.firstNight,
      checkOut: block.checkOut,
      nights: block.nights,
      priceBand: block.priceBand,
      shared: block.capacity > 1,
      rooms: block.rooms.map((room) => ({
        label: roomLabel(block, room.roomNumber),
        people: room.occupants.map((p) => ({ name: p.name, gender: gender(p.gender, lang), rank: p.rank, organization: p.organization, title: p.title, phone: phones.get(p.guestId) ?? null })),
      })),
    }));
    const body = await renderRoomingList({ hotel: hotel.name, address: hotel.address, event, blocks: printed, lang, issuedAt });
    return renderedDocument(body, issuedAt, 'application/pdf', `rooming-list-${hotel.id}.pdf`);
  }

  private async data(editionId: number, hotelId: number) {
    const hotel = await this.hotels.requireHotel(editionId, hotelId);
    const { edition, blocks } = await this.allocation.rooming(editionId, hotelId);
    const phones = new Map((await this.guests.ofEdition(editionId)).map((g) => [g.id, g.reply === 'deputy' && g.deputyState === 'approved' && g.deputyPhone ? g.deputyPhone : g.phone]));
    return { hotel, blocks, phones, event: edition.titleZh };
  }
}

/** A room as the lists name it: its block's type and its number in the block (the hotel gives real numbers at check-in). */
function roomLabel(block: BlockAllocationDto, roomNumber: number): string {
  return `${block.roomType}-${roomNumber}`;
}

function gender(value: string | null, lang: Language): string {
  if (value !== 'male' && value !== 'female') return '';
  const label = GUEST_GENDER.labels[value];
  return lang === 'en' ? label.en : label.zh;
}
