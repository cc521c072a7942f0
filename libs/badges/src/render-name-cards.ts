import { A4, BOLD, createSheetPdf, finishSheetPdf, fittingSize, line, MM, nameLines, REGULAR } from './badge-pdf';
import type { NameCardSheet } from './badge-document';

const INK = '#1a1a1a';
const MUTED = '#5f6368';

/**
 * Table name cards (座签): one A4 landscape page per person, folded along the middle into a tent.
 * The lower half reads upright; the upper half is the same card turned 180°, so the name reads
 * upright from both sides of the table. A dashed line marks the fold.
 */
export async function renderNameCards(sheet: NameCardSheet): Promise<Buffer> {
  const pdf = createSheetPdf(sheet.event ? `${sheet.event} · 座签` : '座签', sheet.lang, sheet.issuedAt, 'landscape');
  const width = A4.height;
  const height = A4.width;
  const half = height / 2;
  for (const card of sheet.cards) {
    pdf.addPage({ size: 'A4', layout: 'landscape', margin: 0 });
    drawSide(pdf, card, sheet.event ?? null, half, width, half);
    // The same side turned about the page's centre lands in the upper half, upside down.
    pdf.save().rotate(180, { origin: [width / 2, height / 2] });
    drawSide(pdf, card, sheet.event ?? null, half, width, half);
    pdf.restore();
    pdf.save().moveTo(12 * MM, half).lineTo(width - 12 * MM, half).dash(4, { space: 4 }).lineWidth(0.4).strokeColor('#9aa0a6').stroke().undash().restore();
  }
  if (!sheet.cards.length) pdf.addPage({ size: 'A4', layout: 'landscape', margin: 0 });
  return finishSheetPdf(pdf);
}

function drawSide(pdf: PDFKit.PDFDocument, card: NameCardSheet['cards'][number], event: string | null, top: number, width: number, height: number): void {
  const pad = 20 * MM;
  const inner = width - pad * 2;
  // A two- or three-character name fills the card; a long one shrinks to one line rather than wrap.
  const nameSize = fittingSize(pdf, card.name, BOLD, inner, 110, 28);
  const details = [card.organization, card.title].filter((part): part is string => !!part).join('  ');
  const detailSize = details ? fittingSize(pdf, details, REGULAR, inner, 22, 9) : 0;
  const block = nameSize * 1.25 + (details ? detailSize * 1.6 : 0);
  let y = top + (height - block) / 2;
  y += nameLines(pdf, card.name, inner, 110, 28, pad, y, 'center', INK);
  if (details) line(pdf, details, REGULAR, detailSize, MUTED, pad, y + detailSize * 0.3, inner);
  if (event) line(pdf, event, REGULAR, 8, MUTED, pad, top + height - 12 * MM, inner);
}
