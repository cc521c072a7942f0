import { COLORS } from './page-style';
import { drawLine, lineHeight, TextStyle, textWidth } from './pdf-text';
import { markTopic, ProgramLayout } from './program-layout';
import { headingRow } from './program-rows';

export interface ContentsEntry {
  title: string;
  level: 0 | 1;
  pageIndex: number;
}

function entryStyle(layout: ProgramLayout, level: 0 | 1): TextStyle {
  return level === 0 ? layout.text.name : layout.text.value;
}

function entryHeight(layout: ProgramLayout): number {
  return lineHeight(layout.pdf, layout.text.name) + layout.style.gap * 0.3;
}

/**
 * The contents pages are laid out before the pages they list, so they are reserved blank and
 * filled at the end. Every entry takes exactly one line (long titles are cut), which makes the
 * number of pages known from the number of entries alone.
 */
export function reserveContents(layout: ProgramLayout, entryCount: number): number[] {
  const { flow } = layout;
  const heading = headingRow(layout, layout.labels.contents, layout.text.h1).height;
  const perPage = Math.max(1, Math.floor(flow.pageHeight / entryHeight(layout)));
  const perFirstPage = Math.max(1, Math.floor((flow.pageHeight - heading) / entryHeight(layout)));
  const pageCount = 1 + Math.ceil(Math.max(0, entryCount - perFirstPage) / perPage);
  const pages: number[] = [];
  for (let i = 0; i < pageCount; i++) {
    flow.newPage();
    pages.push(flow.pageIndex);
  }
  markTopic(layout, pages[0], layout.labels.contents);
  return pages;
}

export function fillContents(layout: ProgramLayout, pages: number[], entries: ContentsEntry[]): void {
  const { pdf, flow, style } = layout;
  const rowHeight = entryHeight(layout);
  const numberWidth = textWidth(pdf, '0000', layout.text.name);
  let pageAt = 0;
  pdf.switchToPage(pages[0]);
  const heading = headingRow(layout, layout.labels.contents, layout.text.h1);
  heading.draw(flow.top);
  let y = flow.top + heading.height;
  for (const entry of entries) {
    if (y + rowHeight > flow.bottom) {
      pdf.switchToPage(pages[++pageAt]);
      y = flow.top;
    }
    const textStyle = entryStyle(layout, entry.level);
    const number = String(entry.pageIndex + 1);
    const right = flow.left + flow.width;
    const x = flow.left + entry.level * style.gap * 1.6;
    const titleRoom = right - numberWidth - style.gap - x;
    drawLine(pdf, entry.title, textStyle, x, y, titleRoom);
    drawLine(pdf, number, { ...textStyle, align: 'right' }, right - numberWidth, y, numberWidth);
    // Dot leader on the text's baseline, between the title and its page number.
    const baseline = y + textStyle.size * 0.95;
    const from = x + Math.min(textWidth(pdf, entry.title, textStyle), titleRoom) + style.gap * 0.4;
    const to = right - textWidth(pdf, number, textStyle) - style.gap * 0.4;
    if (to > from) {
      pdf.save().moveTo(from, baseline).lineTo(to, baseline).lineWidth(0.7).dash(0.7, { space: 2.5 }).strokeColor(COLORS.faint).stroke().undash().restore();
    }
    y += rowHeight;
  }
}
