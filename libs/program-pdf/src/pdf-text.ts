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

/** Height the wrapped text will take, trailing line gap included. */
export function measureText(pdf: PDFKit.PDFDocument, text: string, style: TextStyle, width: number): number {
  useFont(pdf, style);
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
  pdf.fillColor(style.color).text(text, x, y, textOptions(style, width));
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
