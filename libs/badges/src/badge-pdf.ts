import { BOLD, REGULAR } from '@huiwu/program-pdf/cjk-fonts';
import { finishPdf, openPdf } from '@huiwu/program-pdf/pdf-output';

export { BOLD, REGULAR };
export type Font = typeof BOLD | typeof REGULAR;

/** Points per millimetre. */
export const MM = 72 / 25.4;
export const A4 = { width: 595.28, height: 841.89 };

/** An A4 sheet with the CJK fonts registered (pdfkit embeds only the glyphs used: a subset), no margins: the layout places everything. */
export function createSheetPdf(title: string, lang: 'zh' | 'en' | undefined, issuedAt: Date | null | undefined, layout: 'portrait' | 'landscape' = 'portrait'): PDFKit.PDFDocument {
  return openPdf({ size: 'A4', layout, margins: { top: 0, bottom: 0, left: 0, right: 0 }, lang: lang ?? 'zh', title, issuedAt });
}

export { finishPdf as finishSheetPdf };

/**
 * The largest size (up to `max`, down to `min`) at which the text fits `width` on one line: a
 * name is read from metres away, so it is set as large as its box allows rather than wrapped.
 */
export function fittingSize(pdf: PDFKit.PDFDocument, text: string, font: Font, width: number, max: number, min: number): number {
  pdf.font(font).fontSize(max);
  const natural = pdf.widthOfString(text);
  if (natural <= width) return max;
  return Math.max(min, Math.floor(((max * width) / natural) * 2) / 2);
}

/** One line of text, centred or left in its box, ellipsised by pdfkit if it still overflows at its size. */
export function line(pdf: PDFKit.PDFDocument, text: string, font: Font, size: number, color: string, x: number, y: number, width: number, align: 'left' | 'center' = 'center'): number {
  pdf.font(font).fontSize(size).fillColor(color);
  pdf.text(text, x, y, { width, align, lineBreak: false, ellipsis: true, height: size * 1.6 });
  return pdf.currentLineHeight(true);
}

/** Readable text on a colour band: white on dark colours, near-black on light ones. */
export function inkOn(color: string): string {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color)?.[1] ?? '000000';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.6 ? '#1a1a1a' : '#ffffff';
}

/**
 * A name: one line as large as fits (up to `max`); a name too long for one line at `min` (a long
 * Latin name) wraps onto two lines at `min` rather than losing letters. Answers the height used.
 */
export function nameLines(pdf: PDFKit.PDFDocument, text: string, width: number, max: number, min: number, x: number, y: number, align: 'left' | 'center' = 'center', color = '#1a1a1a'): number {
  const size = fittingSize(pdf, text, BOLD, width, max, min);
  pdf.font(BOLD).fontSize(size);
  if (pdf.widthOfString(text) <= width) return line(pdf, text, BOLD, size, color, x, y, width, align);
  const options = { width, align, ellipsis: true, height: pdf.currentLineHeight(true) * 2 };
  pdf.fillColor(color).text(text, x, y, options);
  return pdf.heightOfString(text, options);
}
