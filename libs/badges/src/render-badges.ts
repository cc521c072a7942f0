import { drawQr, encodeQr } from '@huiwu/program-pdf/ticket-qr';
import { A4, BOLD, createSheetPdf, finishSheetPdf, fittingSize, inkOn, line, MM, nameLines, REGULAR } from './badge-pdf';
import type { Badge, BadgeFormat, BadgeSheet } from './badge-document';
import { drawCutMarks } from './cut-marks';

interface Grid {
  layout: 'portrait' | 'landscape';
  columns: number;
  rows: number;
  width: number;
  height: number;
}

/**
 * Badges per A4 sheet. A6 (105 × 148 mm) two to a landscape sheet, credit cards (85.6 × 54 mm,
 * the size of the plastic holders) two by five. Cells abut, so one cut serves two badges and the
 * marks sit in the sheet's margin on every grid line.
 */
const GRIDS: Record<BadgeFormat, Grid> = {
  a6: { layout: 'landscape', columns: 2, rows: 1, width: 105 * MM, height: 148 * MM },
  card: { layout: 'portrait', columns: 2, rows: 5, width: 85.6 * MM, height: 54 * MM },
};

const INK = '#1a1a1a';
const MUTED = '#5f6368';

/** Badges on A4 sheets with cut marks: tier colour band, name large, organization, title, QR code. */
export async function renderBadges(sheet: BadgeSheet): Promise<Buffer> {
  const grid = GRIDS[sheet.format];
  const pdf = createSheetPdf(`${sheet.event} · ${sheet.format === 'a6' ? 'A6' : 'CR80'}`, sheet.lang, sheet.issuedAt, grid.layout);
  const [pageWidth, pageHeight] = grid.layout === 'portrait' ? [A4.width, A4.height] : [A4.height, A4.width];
  const left = (pageWidth - grid.columns * grid.width) / 2;
  const top = (pageHeight - grid.rows * grid.height) / 2;
  const perSheet = grid.columns * grid.rows;
  for (let start = 0; start < sheet.badges.length; start += perSheet) {
    pdf.addPage({ size: 'A4', layout: grid.layout, margin: 0 });
    sheet.badges.slice(start, start + perSheet).forEach((badge, i) => {
      const x = left + (i % grid.columns) * grid.width;
      const y = top + Math.floor(i / grid.columns) * grid.height;
      if (sheet.format === 'a6') drawA6(pdf, badge, sheet.event, x, y, grid.width, grid.height);
      else drawCard(pdf, badge, sheet.event, x, y, grid.width, grid.height);
    });
    drawGridMarks(pdf, grid, left, top);
  }
  if (!sheet.badges.length) pdf.addPage({ size: 'A4', layout: grid.layout, margin: 0 });
  return finishSheetPdf(pdf);
}

function drawGridMarks(pdf: PDFKit.PDFDocument, grid: Grid, left: number, top: number): void {
  // Marks at every corner of the grid's outer cells: the lines continue through the margin.
  for (let row = 0; row < grid.rows; row++) {
    for (let col = 0; col < grid.columns; col++) {
      const onEdge = row === 0 || col === 0 || row === grid.rows - 1 || col === grid.columns - 1;
      if (onEdge) drawCutMarks(pdf, left + col * grid.width, top + row * grid.height, grid.width, grid.height);
    }
  }
}

function drawQrCode(pdf: PDFKit.PDFDocument, data: string, x: number, y: number, size: number): void {
  drawQr(pdf, encodeQr(data), x, y, size);
}

function drawA6(pdf: PDFKit.PDFDocument, badge: Badge, event: string, x: number, y: number, width: number, height: number): void {
  const pad = 8 * MM;
  const inner = width - pad * 2;
  const band = height * 0.2;
  const bandInk = inkOn(badge.tierColor);
  // A hole punch or clip goes in the band's top; the tier reads from across the hall.
  pdf.save().rect(x, y, width, band).fill(badge.tierColor).restore();
  line(pdf, event, REGULAR, 8, bandInk, x + pad, y + 6 * MM, inner);
  line(pdf, badge.tier, BOLD, fittingSize(pdf, badge.tier, BOLD, inner, 26, 12), bandInk, x + pad, y + 11 * MM, inner);
  let cursor = y + band + 8 * MM;
  cursor += nameLines(pdf, badge.name, inner, 40, 16, x + pad, cursor) + 2 * MM;
  if (badge.title) cursor += line(pdf, badge.title, REGULAR, fittingSize(pdf, badge.title, REGULAR, inner, 12, 7), MUTED, x + pad, cursor, inner);
  if (badge.organization) line(pdf, badge.organization, REGULAR, fittingSize(pdf, badge.organization, REGULAR, inner, 13, 7), INK, x + pad, cursor + 1 * MM, inner);
  const foot = 7 * MM;
  pdf.save().rect(x, y + height - foot, width, foot).fill(badge.tierColor).restore();
  if (badge.qr) {
    const size = 38 * MM;
    const qrTop = y + height - foot - size - 9 * MM;
    drawQrCode(pdf, badge.qr, x + (width - size) / 2, qrTop, size);
    if (badge.code) line(pdf, badge.code, REGULAR, 6, MUTED, x + pad, qrTop + size + 2 * MM, inner);
  }
}

function drawCard(pdf: PDFKit.PDFDocument, badge: Badge, event: string, x: number, y: number, width: number, height: number): void {
  const pad = 3.5 * MM;
  const band = 11 * MM;
  const bandInk = inkOn(badge.tierColor);
  pdf.save().rect(x, y, width, band).fill(badge.tierColor).restore();
  const qrSize = badge.qr ? height - band - pad * 2 : 0;
  const text = width - pad * 3 - qrSize;
  line(pdf, badge.tier, BOLD, fittingSize(pdf, badge.tier, BOLD, text, 12, 7), bandInk, x + pad, y + 1.5 * MM, text, 'left');
  line(pdf, event, REGULAR, fittingSize(pdf, event, REGULAR, width - pad * 2, 6, 4), bandInk, x + pad, y + 6.5 * MM, width - pad * 2, 'left');
  let cursor = y + band + 3 * MM;
  cursor += nameLines(pdf, badge.name, text, 20, 9, x + pad, cursor, 'left') + 1 * MM;
  if (badge.title) cursor += line(pdf, badge.title, REGULAR, fittingSize(pdf, badge.title, REGULAR, text, 7.5, 5), MUTED, x + pad, cursor, text, 'left');
  if (badge.organization) line(pdf, badge.organization, REGULAR, fittingSize(pdf, badge.organization, REGULAR, text, 8, 5), INK, x + pad, cursor + 0.5 * MM, text, 'left');
  if (badge.qr) drawQrCode(pdf, badge.qr, x + width - pad - qrSize, y + band + pad, qrSize);
  if (badge.code) line(pdf, badge.code, REGULAR, 4.5, MUTED, x + pad, y + height - pad - 2 * MM, text, 'left');
}
