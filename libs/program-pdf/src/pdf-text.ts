import { FontName } from './cjk-fonts';

export interface TextStyle {
  font: FontName;
  size: number;
  color: string;
  /** Extra space after each line; keep it >= 0 so a measured block always fits where measured. */
  lineGap?: number;
  align?: 'left' | 'center' | 'right';
  strike?: boolean;
  characterSpacing?: number;
}

function textOptions(style: TextStyle, width: number): PDFKit.Mixins.TextOptions {
  return {
    width,
    lineGap: style.lineGap ?? 0,
    align: style.align ?? 'left',
    strike: style.strike ?? false,
    characterSpacing: style.characterSpacing ?? 0,
  };
}

function useFont(pdf: PDFKit.PDFDocument, style: TextStyle): void {
  pdf.font(style.font).fontSize(style.size);
}

/** What makes pdfkit (its line breaker) start a new line whatever the width. */
const MANDATORY_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;
/** Room left unmeasured: the wrapper adds words' widths one by one, kerning at their joints aside. */
const FIT_SLACK = 1;

/** Whether the text (its font set) fits on one line of `width` with room to spare. */
function fitsOnOneLine(pdf: PDFKit.PDFDocument, text: string, style: TextStyle, width: number): boolean {
  return text !== '' && !MANDATORY_BREAK.test(text) && textWidth(pdf, text, style) + FIT_SLACK + (style.characterSpacing ?? 0) <= width;
}

/** Height the wrapped text will take, trailing line gap included. */
export function measureText(pdf: PDFKit.PDFDocument, text: string, style: TextStyle, width: number): number {
  useFont(pdf, style);
  // Text that fits on one line with room to spare is one line high. pdfkit finds that out by
  // wrapping it, word by word, and CJK text is a word per character: that was a fifth of the
  // 1,000-session program's layout time, and most of a program's texts are one line.
  if (fitsOnOneLine(pdf, text, style, width)) return pdf.currentLineHeight(true) + (style.lineGap ?? 0);
  return pdf.heightOfString(text, textOptions(style, width));
}

export function textWidth(pdf: PDFKit.PDFDocument, text: string, style: TextStyle): number {
  useFont(pdf, style);
  return pdf.widthOfString(text, { characterSpacing: style.characterSpacing ?? 0 });
}

export function lineHeight(pdf: PDFKit.PDFDocument, style: TextStyle): number {
  useFont(pdf, style);
  return pdf.currentLineHeight(true) + (style.lineGap ?? 0);
}

/**
 * Wrapped text at a place the caller has made room for. No height limit on purpose: should a
 * single paragraph ever exceed a page, pdfkit continues it on a new page rather than losing it
 * (PageFlow notices the extra page).
 */
export function drawText(
  pdf: PDFKit.PDFDocument,
  text: string,
  style: TextStyle,
  x: number,
  y: number,
  width: number,
): void {
  useFont(pdf, style);
  pdf.fillColor(style.color);
  // A left-aligned line that fits, above the page's bottom margin (where pdfkit would start a
  // new page), is written as it stands: pdfkit's wrapper would find the same single line word by
  // word (a word per CJK character), which was most of a large program's layout time.
  const lineHigh = pdf.currentLineHeight(true) + (style.lineGap ?? 0);
  if ((style.align ?? 'left') === 'left' && y + lineHigh <= pdf.page.maxY() && fitsOnOneLine(pdf, text, style, width)) {
    pdf.text(text, x, y, { lineBreak: false, strike: style.strike ?? false, characterSpacing: style.characterSpacing ?? 0 });
    // Where the wrapper leaves pdfkit's cursor: back at the left edge, below the line.
    pdf.x = x;
    pdf.y = y + lineHigh;
    return;
  }
  pdf.text(text, x, y, textOptions(style, width));
}

/**
 * One line, cut with an ellipsis when too long. The explicit height also keeps pdfkit from
 * starting a new page when the line sits in a margin (running heads, footers).
 */
export function drawLine(
  pdf: PDFKit.PDFDocument,
  text: string,
  style: TextStyle,
  x: number,
  y: number,
  width: number,
): void {
  useFont(pdf, style);
  const height = pdf.currentLineHeight(true) * 1.5;
  pdf.fillColor(style.color).text(text, x, y, { ...textOptions(style, width), height, ellipsis: true });
}

/** Height of the text cut to `maxLines` lines. */
export function clampedHeight(
  pdf: PDFKit.PDFDocument,
  text: string,
  style: TextStyle,
  width: number,
  maxLines: number,
): number {
  return Math.min(measureText(pdf, text, style, width), lineHeight(pdf, style) * maxLines);
}

/** Wrapped text cut to `maxLines` lines with an ellipsis. */
export function drawClamped(
  pdf: PDFKit.PDFDocument,
  text: string,
  style: TextStyle,
  x: number,
  y: number,
  width: number,
  maxLines: number,
): void {
  useFont(pdf, style);
  const height = lineHeight(pdf, style) * (maxLines + 0.5);
  pdf.fillColor(style.color).text(text, x, y, { ...textOptions(style, width), height, ellipsis: true });
}
