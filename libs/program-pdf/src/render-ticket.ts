import { BOLD, REGULAR } from './cjk-fonts';
import { fillLabel } from './labels';
import { mapStrings, straightenLatinQuotes } from './latin-quotes';
import { COLORS, pageStyle } from './page-style';
import { createPdf, finishPdf } from './pdf-output';
import { clampedHeight, drawClamped, drawLine, drawText, lineHeight, measureText, TextStyle, textWidth } from './pdf-text';
import { TicketDocument, TicketSession } from './program-document';
import { drawQr, encodeQr, QR_QUIET_ZONE } from './ticket-qr';

/**
 * One page to show at the entrance: the edition, the attendee's name, the QR code with the code
 * spelled out below it, and the attendee's sessions as far as they fit. Nothing else personal.
 */
export async function renderTicket(input: TicketDocument): Promise<Buffer> {
  const doc = input.lang === 'en' ? mapStrings(input, straightenLatinQuotes) : input;
  const paper = pageStyle(doc.size ?? 'A6');
  const margin = paper.gap * 2;
  // Narrow margins all round: pdfkit must agree on the bottom or it would start a second page.
  const style = { ...paper, margins: { top: margin, bottom: margin, left: margin, right: margin } };
  const pdf = createPdf({ style, lang: doc.lang, title: `${doc.editionTitle} · ${doc.attendeeName}`, issuedAt: doc.issuedAt });
  pdf.addPage();
  const t = style.type;
  const width = style.width - margin * 2;
  const bottom = style.height - margin;
  const s = (font: typeof BOLD | typeof REGULAR, size: number, color: string, align: TextStyle['align'] = 'left'): TextStyle => ({
    font,
    size,
    color,
    align,
  });

  // Everything above the sessions is cut to a few lines, so it always leaves the page room.
  const clamped = (text: string, textStyle: TextStyle, y: number, maxLines: number) => {
    drawClamped(pdf, text, textStyle, margin, y, width, maxLines);
    return clampedHeight(pdf, text, textStyle, width, maxLines);
  };

  // Band with the edition.
  const kicker = s(REGULAR, t.small, COLORS.paper);
  const edition = s(BOLD, t.h2, COLORS.paper);
  const bandHeight = margin * 1.5 + lineHeight(pdf, kicker) + clampedHeight(pdf, doc.editionTitle, edition, width, 3);
  pdf.save().rect(0, 0, style.width, bandHeight).fill(COLORS.accent).restore();
  let y = margin * 0.9;
  drawLine(pdf, doc.labels.ticket, kicker, margin, y, width);
  y += lineHeight(pdf, kicker);
  clamped(doc.editionTitle, edition, y, 3);
  y = bandHeight + margin * 0.8;

  const place = [doc.dates, doc.venue].filter((part): part is string => !!part).join(' · ');
  y += clamped(place, s(REGULAR, t.small, COLORS.muted), y, 2) + style.gap * 0.3;
  y += clamped(doc.attendeeName, s(BOLD, t.h1, COLORS.ink), y, 2);

  // QR code, centred in its quiet zone, then the code itself for when the scanner fails.
  const qr = encodeQr(doc.ticketUrl);
  const qrSize = Math.min(width * 0.62, style.gap * 16);
  const quietZone = (qrSize / qr.modules.size) * QR_QUIET_ZONE;
  y += quietZone * 0.5;
  drawQr(pdf, qr, (style.width - qrSize) / 2, y, qrSize);
  y += qrSize + quietZone * 0.8;
  const codeLabel = s(REGULAR, t.small, COLORS.muted, 'center');
  drawLine(pdf, doc.labels.code, codeLabel, margin, y, width);
  y += lineHeight(pdf, codeLabel);
  const code = s(BOLD, t.h1 * 1.1, COLORS.ink, 'center');
  drawLine(pdf, doc.code, code, margin, y, width);
  y += lineHeight(pdf, code);
  drawLine(pdf, doc.labels.scanHint, codeLabel, margin, y, width);
  y += lineHeight(pdf, codeLabel) + style.gap * 0.6;

  drawSessions(pdf, doc, style.gap, margin, y, width, bottom);
  return finishPdf(pdf);
}

/** A ticket lists sessions to find one's way, not to read their full titles. */
const TITLE_LINES = 2;

/** The sessions that fit above the bottom margin, then "N more" for the rest. */
function drawSessions(
  pdf: PDFKit.PDFDocument,
  doc: TicketDocument,
  gap: number,
  x: number,
  top: number,
  width: number,
  bottom: number,
): void {
  if (!doc.sessions.length) return;
  const size = pageStyle(doc.size ?? 'A6').type;
  const heading: TextStyle = { font: BOLD, size: size.small, color: COLORS.accent };
  const time: TextStyle = { font: BOLD, size: size.tiny, color: COLORS.ink };
  const title: TextStyle = { font: REGULAR, size: size.tiny, color: COLORS.ink };
  const detail: TextStyle = { font: REGULAR, size: size.tiny, color: COLORS.muted };
  const more: TextStyle = { ...detail, align: 'right' };
  const timeWidth = Math.min(width * 0.4, Math.max(...doc.sessions.map((one) => textWidth(pdf, one.time, time))) + gap);
  const bodyWidth = width - timeWidth;
  const moreHeight = lineHeight(pdf, more);
  const detailOf = (session: TicketSession) =>
    [session.room ? `${doc.labels.room} ${session.room}` : null, session.status].filter(Boolean).join(' · ');
  const heightOf = (session: TicketSession) =>
    Math.max(
      measureText(pdf, session.time, time, timeWidth - gap * 0.5),
      clampedHeight(pdf, session.title, title, bodyWidth, TITLE_LINES) + lineHeight(pdf, detail),
    ) + gap * 0.3;

  let y = top;
  pdf.save().moveTo(x, y).lineTo(x + width, y).lineWidth(0.5).strokeColor(COLORS.rule).stroke().restore();
  y += gap * 0.5;
  drawLine(pdf, doc.labels.sessions, heading, x, y, width);
  y += lineHeight(pdf, heading);
  for (let i = 0; i < doc.sessions.length; i++) {
    const session = doc.sessions[i];
    const height = heightOf(session);
    const isLast = i === doc.sessions.length - 1;
    if (y + height + (isLast ? 0 : moreHeight) > bottom) {
      drawLine(pdf, fillLabel(doc.labels.more, { n: doc.sessions.length - i }), more, x, y, width);
      return;
    }
    drawText(pdf, session.time, time, x, y, timeWidth - gap * 0.5);
    drawClamped(pdf, session.title, title, x + timeWidth, y, bodyWidth, TITLE_LINES);
    const titleHeight = clampedHeight(pdf, session.title, title, bodyWidth, TITLE_LINES);
    drawLine(pdf, detailOf(session), detail, x + timeWidth, y + titleHeight, bodyWidth);
    y += height;
  }
}
