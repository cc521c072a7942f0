import { BOLD, REGULAR } from '@huiwu/program-pdf/cjk-fonts';
import { finishPdf, openPdf } from '@huiwu/program-pdf/pdf-output';
import type { SeatingConvention } from './protocol-order';

/** One seat as the chart prints it. */
export interface ChartSeat {
  seat: number;
  precedence: number;
  name: string | null;
  title?: string | null;
  organization?: string | null;
}

/** A seating chart: a session's rostrum and front rows, each row's seats from the audience's left. */
export interface SeatingChart {
  title: string;
  /** The edition, the time and the room, printed under the title. */
  subtitle?: string | null;
  convention: SeatingConvention;
  rows: ChartSeat[][];
  lang?: 'zh' | 'en';
  /** Fixes CreationDate (and so the bytes) for the same input. */
  issuedAt?: Date | null;
}

const WORDS = {
  zh: {
    chinese: '中方惯例（左为上）',
    international: '国际惯例（右为上）',
    rostrum: '主 席 台',
    audience: '观 众 席',
    view: '座位自观众席方向从左至右编号；方框内小字为位次。',
    row: (n: number) => `第${n}排`,
    list: '座次表（逐座）',
    seat: (row: number, seat: number, precedence: number) => `第${row}排第${seat}座（${precedence}号位）`,
    empty: '（空）',
  },
  en: {
    chinese: 'Chinese convention (left is senior)',
    international: 'International convention (right is senior)',
    rostrum: 'ROSTRUM',
    audience: 'AUDIENCE',
    view: 'Seats are numbered from the left as seen from the audience; the small number is the order of precedence.',
    row: (n: number) => `Row ${n}`,
    list: 'Seats, one by one',
    seat: (row: number, seat: number, precedence: number) => `Row ${row}, seat ${seat} (no. ${precedence})`,
    empty: '(empty)',
  },
};

const INK = '#1a1a1a';
const MUTED = '#5f6368';
const RED = '#b3261e';
const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 36;

/**
 * The seating chart on A4 landscape: the rostrum at the top, each row as a line of boxes (name,
 * title, precedence), the audience below; then the seats listed one by one, row by row from the
 * audience's left, so the order can be read (and checked) as text.
 */
export function renderSeatingChart(chart: SeatingChart): Promise<Buffer> {
  const words = WORDS[chart.lang ?? 'zh'];
  const pdf = openPdf({ size: 'A4', layout: 'landscape', margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }, lang: chart.lang ?? 'zh', title: chart.title, issuedAt: chart.issuedAt });
  pdf.addPage();
  const inner = PAGE.width - MARGIN * 2;

  pdf.font(BOLD).fontSize(18).fillColor(INK).text(chart.title, MARGIN, MARGIN, { width: inner, align: 'center' });
  if (chart.subtitle) pdf.font(REGULAR).fontSize(10).fillColor(MUTED).text(chart.subtitle, { width: inner, align: 'center' });
  pdf.font(REGULAR).fontSize(10).fillColor(MUTED).text(words[chart.convention], { width: inner, align: 'center' });

  let y = pdf.y + 10;
  pdf.save().rect(MARGIN + inner * 0.2, y, inner * 0.6, 22).fill('#fbe9e7').restore();
  pdf.font(BOLD).fontSize(12).fillColor(RED).text(words.rostrum, MARGIN, y + 5, { width: inner, align: 'center', lineBreak: false });
  y += 34;

  const widest = Math.max(1, ...chart.rows.map((row) => row.length));
  const box = Math.min(100, (inner - 60) / widest);
  const boxHeight = 58;
  chart.rows.forEach((row, r) => {
    pdf.font(REGULAR).fontSize(8).fillColor(MUTED).text(words.row(r + 1), MARGIN, y + boxHeight / 2 - 5, { width: 56, lineBreak: false });
    const left = MARGIN + 60 + (inner - 60 - box * row.length) / 2;
    row.forEach((seat, i) => {
      const x = left + i * box;
      pdf.save().lineWidth(0.6).strokeColor(seat.precedence === 1 ? RED : '#9aa0a6').rect(x + 2, y, box - 4, boxHeight).stroke().restore();
      pdf.font(REGULAR).fontSize(7).fillColor(seat.precedence === 1 ? RED : MUTED).text(String(seat.precedence), x + 5, y + 3, { width: box - 10, lineBreak: false });
      pdf.font(REGULAR).fontSize(7).fillColor(MUTED).text(String(seat.seat), x + 5, y + 3, { width: box - 10, align: 'right', lineBreak: false });
      const name = seat.name ?? words.empty;
      pdf.font(BOLD).fontSize(fitting(pdf, name, box - 10, 14, 7)).fillColor(seat.name ? INK : MUTED).text(name, x + 5, y + 18, { width: box - 10, align: 'center', lineBreak: false, ellipsis: true });
      if (seat.title) pdf.font(REGULAR).fontSize(fitting(pdf, seat.title, box - 10, 8, 5)).fillColor(MUTED).text(seat.title, x + 5, y + 40, { width: box - 10, align: 'center', lineBreak: false, ellipsis: true });
    });
    y += boxHeight + 12;
  });
  pdf.font(BOLD).fontSize(11).fillColor(MUTED).text(words.audience, MARGIN, y + 4, { width: inner, align: 'center', lineBreak: false });
  pdf.font(REGULAR).fontSize(8).fillColor(MUTED).text(words.view, MARGIN, y + 22, { width: inner, align: 'center' });

  // The list: one line per seat, each its own text run, so text extraction reads it in order.
  pdf.addPage();
  pdf.font(BOLD).fontSize(14).fillColor(INK).text(`${chart.title} · ${words.list}`, MARGIN, MARGIN, { width: inner });
  pdf.moveDown(0.5);
  chart.rows.forEach((row, r) => {
    for (const seat of row) {
      if (pdf.y > PAGE.height - MARGIN - 16) pdf.addPage();
      const who = seat.name ? [seat.name, seat.title, seat.organization].filter(Boolean).join('  ') : words.empty;
      pdf.font(REGULAR).fontSize(10).fillColor(INK).text(`${words.seat(r + 1, seat.seat, seat.precedence)}  ${who}`, MARGIN, pdf.y, { width: inner, lineBreak: false, ellipsis: true });
      pdf.moveDown(0.35);
    }
  });

  return finishPdf(pdf);
}

/** The largest size up to `max` at which the text fits on one line, not below `min`. */
function fitting(pdf: PDFKit.PDFDocument, text: string, width: number, max: number, min: number): number {
  const natural = pdf.fontSize(max).widthOfString(text);
  return natural <= width ? max : Math.max(min, Math.floor((max * width) / natural));
}
