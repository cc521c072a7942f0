import { BOLD, REGULAR } from './cjk-fonts';
import { PageFlow } from './page-flow';
import { COLORS, PageStyle } from './page-style';
import { TextStyle, textWidth } from './pdf-text';
import { ProgramDocument, ProgramLabels } from './program-document';

export interface ProgramTextStyles {
  h1: TextStyle;
  h2: TextStyle;
  sessionTitle: TextStyle;
  time: TextStyle;
  kind: TextStyle;
  cancelled: TextStyle;
  label: TextStyle;
  value: TextStyle;
  name: TextStyle;
  note: TextStyle;
  running: TextStyle;
}

/** What every part of the program shares while laying out. */
export interface ProgramLayout {
  pdf: PDFKit.PDFDocument;
  flow: PageFlow;
  style: PageStyle;
  doc: ProgramDocument;
  labels: ProgramLabels;
  text: ProgramTextStyles;
  /** Width of the agenda's time column. */
  timeColumn: number;
  /** Width of the 主办/嘉宾 label column, from the longest label in this language. */
  labelColumn: number;
  /** Section or day shown in the running head of each page, by page index. */
  topics: Map<number, string>;
}

export function programLayout(pdf: PDFKit.PDFDocument, doc: ProgramDocument, style: PageStyle): ProgramLayout {
  const t = style.type;
  const text: ProgramTextStyles = {
    h1: { font: BOLD, size: t.h1, color: COLORS.ink },
    h2: { font: BOLD, size: t.h2, color: COLORS.accent },
    sessionTitle: { font: BOLD, size: t.title, color: COLORS.ink },
    time: { font: BOLD, size: t.body, color: COLORS.ink },
    kind: { font: REGULAR, size: t.small, color: COLORS.accent },
    cancelled: { font: BOLD, size: t.small, color: COLORS.accent },
    label: { font: REGULAR, size: t.small, color: COLORS.muted },
    value: { font: REGULAR, size: t.body, color: COLORS.ink },
    name: { font: BOLD, size: t.body, color: COLORS.ink },
    note: { font: REGULAR, size: t.small, color: COLORS.muted },
    running: { font: REGULAR, size: t.tiny, color: COLORS.faint },
  };
  const { labels } = doc;
  const widest = (words: string[], s: TextStyle) => Math.max(...words.map((w) => textWidth(pdf, w, s)));
  return {
    pdf,
    flow: new PageFlow(pdf, style),
    style,
    doc,
    labels,
    text,
    timeColumn: Math.ceil(widest(['00:00–00:00'], text.time) + style.gap * 1.2),
    labelColumn: Math.ceil(
      widest([labels.theme, labels.hosts, labels.speakers, labels.room, labels.time], text.label) + style.gap * 0.8,
    ),
    topics: new Map(),
  };
}

/** Names the pages from `firstPage` to the current one in the running head. */
export function markTopic(layout: ProgramLayout, firstPage: number, topic: string): void {
  for (let page = firstPage; page <= layout.flow.pageIndex; page++) layout.topics.set(page, topic);
}

/** Session text in grey when the session is cancelled; the title is also struck through. */
export function cancelledStyle(style: TextStyle, cancelled: boolean): TextStyle {
  return cancelled ? { ...style, color: COLORS.cancelled } : style;
}
