import { BOLD, REGULAR } from '@huiwu/program-pdf/cjk-fonts';
import { finishPdf, openPdf } from '@huiwu/program-pdf/pdf-output';

/** One person in a room. */
export interface RoomingPerson {
  name: string;
  gender?: string | null;
  rank?: string | null;
  organization?: string | null;
  title?: string | null;
  phone?: string | null;
}

/** A room of a block and who is in it, bed by bed. */
export interface RoomingRoom {
  label: string;
  people: RoomingPerson[];
}

/** One room type held at the hotel: its dates and price band, and its occupied rooms. */
export interface RoomingBlock {
  roomType: string;
  checkIn: string;
  checkOut: string;
  nights: number;
  priceBand?: string | null;
  shared: boolean;
  rooms: RoomingRoom[];
}

export interface RoomingList {
  hotel: string;
  address?: string | null;
  /** The event, printed under the hotel. */
  event: string;
  blocks: RoomingBlock[];
  lang?: 'zh' | 'en';
  /** Fixes CreationDate (and so the bytes) for the same input. */
  issuedAt?: Date | null;
}

const WORDS = {
  zh: {
    title: (hotel: string) => `${hotel} 分房名单`,
    block: (b: RoomingBlock) => `${b.roomType}\u3000${b.checkIn} 入住，${b.checkOut} 退房（${b.nights} 晚）${b.priceBand ? `\u3000${b.priceBand}` : ''}${b.shared ? '\u3000可拼房' : ''}`,
    headers: ['房间', '姓名', '性别', '级别', '单位', '职务', '手机'],
    empty: '（无人入住）',
    total: (rooms: number, people: number) => `共 ${rooms} 间，${people} 人`,
    page: (n: number, of: number) => `第 ${n} 页，共 ${of} 页`,
  },
  en: {
    title: (hotel: string) => `${hotel}: rooming list`,
    block: (b: RoomingBlock) => `${b.roomType}  check-in ${b.checkIn}, check-out ${b.checkOut} (${b.nights} nights)${b.priceBand ? `  ${b.priceBand}` : ''}${b.shared ? '  shared rooms' : ''}`,
    headers: ['Room', 'Name', 'Gender', 'Rank', 'Organization', 'Title', 'Phone'],
    empty: '(nobody)',
    total: (rooms: number, people: number) => `${rooms} rooms, ${people} people`,
    page: (n: number, of: number) => `Page ${n} of ${of}`,
  },
};

const INK = '#1a1a1a';
const MUTED = '#5f6368';
const RULE = '#c4c7c5';
const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 36;
/** Column widths (A4 landscape, inside the margins). */
const COLUMNS = [80, 110, 40, 80, 200, 140, 119.89];
const ROW = 18;

/**
 * The rooming list on A4 landscape: the hotel and event, then each room type with its dates,
 * and a table of rooms with one line per person (name, gender, rank, organization, title,
 * phone), the room's label on its first line; the header row repeats on each page.
 */
export function renderRoomingList(list: RoomingList): Promise<Buffer> {
  const words = WORDS[list.lang ?? 'zh'];
  const margins = { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN };
  const pdf = openPdf({ size: 'A4', layout: 'landscape', margins, bufferPages: true, lang: list.lang ?? 'zh', title: words.title(list.hotel), issuedAt: list.issuedAt });
  pdf.addPage();
  const inner = PAGE.width - MARGIN * 2;
  const bottom = PAGE.height - MARGIN - 20;

  pdf.font(BOLD).fontSize(18).fillColor(INK).text(words.title(list.hotel), MARGIN, MARGIN, { width: inner });
  pdf.font(REGULAR).fontSize(10).fillColor(MUTED).text([list.event, list.address].filter(Boolean).join('\u3000·\u3000'), { width: inner });
  const rooms = list.blocks.reduce((n, b) => n + b.rooms.length, 0);
  const people = list.blocks.reduce((n, b) => n + b.rooms.reduce((m, r) => m + r.people.length, 0), 0);
  pdf.text(words.total(rooms, people), { width: inner });
  let y = pdf.y + 8;

  const cells = (values: string[], font: string, color: string) => {
    let x = MARGIN;
    values.forEach((value, i) => {
      pdf.font(font).fontSize(9).fillColor(color).text(value, x + 3, y + 4, { width: COLUMNS[i] - 6, lineBreak: false, ellipsis: true });
      x += COLUMNS[i];
    });
    y += ROW;
  };
  const header = () => {
    pdf.save().rect(MARGIN, y, inner, ROW).fill('#eef1f4').restore();
    cells(words.headers, BOLD, INK);
  };
  const room = (needed: number) => {
    if (y + needed <= bottom) return false;
    pdf.addPage();
    y = MARGIN;
    header();
    return true;
  };

  for (const block of list.blocks) {
    room(ROW * 3);
    pdf.font(BOLD).fontSize(12).fillColor(INK).text(words.block(block), MARGIN, y + 6, { width: inner, lineBreak: false, ellipsis: true });
    y += 26;
    header();
    if (block.rooms.length === 0) cells([words.empty], REGULAR, MUTED);
    for (const r of block.rooms) {
      room(ROW * Math.max(1, r.people.length));
      pdf.save().lineWidth(0.5).strokeColor(RULE).moveTo(MARGIN, y).lineTo(MARGIN + inner, y).stroke().restore();
      r.people.forEach((p, i) => cells([i === 0 ? r.label : '', p.name, p.gender ?? '', p.rank ?? '', p.organization ?? '', p.title ?? '', p.phone ?? ''], REGULAR, INK));
    }
    y += 8;
  }

  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    // Below the bottom margin: without this pdfkit would start a new page for the footer.
    pdf.page.margins.bottom = 0;
    pdf.font(REGULAR).fontSize(8).fillColor(MUTED).text(words.page(i + 1, range.count), MARGIN, PAGE.height - MARGIN - 10, { width: inner, align: 'right', lineBreak: false });
  }

  return finishPdf(pdf);
}
