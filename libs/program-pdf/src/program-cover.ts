import { BOLD, REGULAR } from './cjk-fonts';
import { COLORS } from './page-style';
import { drawLine, drawText, lineHeight, measureText, TextStyle } from './pdf-text';
import { fillLabel } from './labels';
import { ProgramLayout } from './program-layout';

/** The release line shared by the cover and the footers. */
export function releaseLine(layout: ProgramLayout): string {
  const { release } = layout.doc;
  return release
    ? fillLabel(layout.labels.version, { version: release.version, date: release.publishedAt })
    : layout.labels.draft;
}

/** Cover: brand, title, theme, dates and place, centred in the upper two thirds. */
export function layoutCover(layout: ProgramLayout): void {
  const { pdf, flow, style, doc } = layout;
  const t = style.type;
  flow.newPage();
  const centred = (font: typeof BOLD | typeof REGULAR, size: number, color: string): TextStyle => ({
    font,
    size,
    color,
    align: 'center',
  });
  const place = [doc.city, doc.venue].filter((part): part is string => !!part).join(' · ');
  const items: { text: string; style: TextStyle; after: number }[] = [
    { text: doc.brandName, style: centred(BOLD, t.h2, COLORS.accent), after: style.gap * 2.5 },
    { text: doc.title, style: centred(BOLD, t.cover, COLORS.ink), after: style.gap * 1.5 },
    ...(doc.theme ? [{ text: doc.theme, style: centred(REGULAR, t.h2 * 1.15, COLORS.accent), after: style.gap * 3 }] : []),
    { text: doc.dates, style: centred(REGULAR, t.h2, COLORS.ink), after: style.gap * 0.5 },
    ...(place ? [{ text: place, style: centred(REGULAR, t.body * 1.1, COLORS.muted), after: 0 }] : []),
  ];
  const heights = items.map((item) => measureText(pdf, item.text, item.style, flow.width));
  const total = items.reduce((sum, item, i) => sum + heights[i] + item.after, 0);
  // Optical centre a little above the middle; a very long title simply starts higher.
  let y = Math.max(flow.top, style.height * 0.42 - total / 2);

  pdf.save().rect(0, 0, style.width, style.gap * 1.2).fill(COLORS.accent).restore();
  pdf.save().rect(0, style.height - style.gap * 5, style.width, style.gap * 5).fill(COLORS.band).restore();
  items.forEach((item, i) => {
    drawText(pdf, item.text, item.style, flow.left, y, flow.width);
    y += heights[i] + item.after;
    if (item.text === doc.title) {
      const w = style.gap * 4;
      const ruleY = y - item.after / 2;
      pdf.save().moveTo((style.width - w) / 2, ruleY).lineTo((style.width + w) / 2, ruleY).lineWidth(1.5).strokeColor(COLORS.accent).stroke().restore();
    }
  });
  // In the bottom margin: a one-line draw, which never makes pdfkit start a page.
  const footer = centred(REGULAR, t.small, COLORS.muted);
  const footerY = style.height - style.gap * 2.5 - lineHeight(pdf, footer) / 3;
  drawLine(pdf, releaseLine(layout), footer, flow.left, footerY, flow.width);
}
