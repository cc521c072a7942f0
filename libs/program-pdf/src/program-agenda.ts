import { Row } from './page-flow';
import { COLORS } from './page-style';
import { drawText, lineHeight, measureText } from './pdf-text';
import { ProgramSession } from './program-document';
import { ContentsEntry } from './program-contents';
import { cancelledStyle, markTopic, ProgramLayout } from './program-layout';
import { ASCENT, drawKind, headingRow, labeledRow, nameColumnWidth, spaceRow, speakerRow, textRow } from './program-rows';

/** A session with more speakers than this gets a page of its own and a short agenda entry. */
export const MAX_AGENDA_SPEAKERS = 6;
/** Likewise for a description longer than this many characters. */
export const MAX_AGENDA_DESCRIPTION = 160;

export function hasOwnPage(session: ProgramSession): boolean {
  return session.speakers.length > MAX_AGENDA_SPEAKERS || [...(session.description ?? '')].length > MAX_AGENDA_DESCRIPTION;
}

/** Where an agenda entry says "see page N": known only once the session's page is laid out. */
export interface PageReference {
  /** Index into AgendaResult.ownPages. */
  ownPage: number;
  pageIndex: number;
  x: number;
  y: number;
  width: number;
}

export interface AgendaResult {
  entries: ContentsEntry[];
  references: PageReference[];
  /** Sessions that get their own page, in agenda order. */
  ownPages: ProgramSession[];
}

/** The time, kind and cancelled marker line that opens a session. */
function openingRow(layout: ProgramLayout, session: ProgramSession, x: number, width: number): Row {
  const { pdf, text, timeColumn, style } = layout;
  const timeStyle = cancelledStyle(text.time, session.cancelled);
  const timeWidth = timeColumn - style.gap * 0.6;
  const kindX = x + timeColumn;
  const kindWidth = width - timeColumn;
  const drop = (text.time.size - text.kind.size) * ASCENT;
  const height = Math.max(measureText(pdf, session.time, timeStyle, timeWidth), lineHeight(pdf, text.kind));
  return {
    height,
    draw: (y) => {
      drawText(pdf, session.time, timeStyle, x, y, timeWidth);
      drawKind(layout, session.kindLabel, session.cancelled, kindX, y + drop, kindWidth);
    },
  };
}

/** The rows of one agenda entry; PageFlow keeps them on one page. */
export function sessionRows(
  layout: ProgramLayout,
  session: ProgramSession,
  onReference: (at: Omit<PageReference, 'ownPage'>) => void,
): Row[] {
  const { pdf, text, labels, flow, timeColumn, style } = layout;
  const x = flow.left;
  const bodyX = x + timeColumn;
  const bodyWidth = flow.width - timeColumn;
  const { cancelled } = session;
  const value = cancelledStyle(text.value, cancelled);
  const gap = style.gap * 0.25;
  const rows: Row[] = [openingRow(layout, session, x, flow.width), spaceRow(gap)];
  const titleStyle = { ...cancelledStyle(text.sessionTitle, cancelled), strike: cancelled };
  rows.push(textRow(layout, session.title, titleStyle, bodyX, bodyWidth, gap));
  if (session.theme) rows.push(labeledRow(layout, labels.theme, session.theme, bodyX, bodyWidth, value));
  if (session.room) rows.push(labeledRow(layout, labels.room, session.room, bodyX, bodyWidth, value));
  if (session.hosts.length) {
    rows.push(labeledRow(layout, labels.hosts, session.hosts.join(labels.listSeparator), bodyX, bodyWidth, value));
  }
  const ownPage = hasOwnPage(session);
  if (ownPage && session.speakers.length) {
    const names = session.speakers.map((s) => s.name).join(labels.listSeparator);
    rows.push(labeledRow(layout, labels.speakers, names, bodyX, bodyWidth, value));
  } else if (session.speakers.length) {
    const nameWidth = nameColumnWidth(layout, session.speakers, bodyWidth - layout.labelColumn);
    session.speakers.forEach((speaker, i) =>
      rows.push(speakerRow(layout, speaker, i === 0 ? labels.speakers : '', bodyX, bodyWidth, nameWidth, cancelled)),
    );
  }
  if (!ownPage && session.description) {
    rows.push(spaceRow(gap), textRow(layout, session.description, cancelledStyle(text.note, cancelled), bodyX, bodyWidth));
  }
  if (ownPage) {
    rows.push(spaceRow(gap), {
      height: lineHeight(pdf, text.kind),
      draw: (y) => onReference({ pageIndex: flow.pageIndex, x: bodyX, y, width: bodyWidth }),
    });
  }
  rows.push(separatorRow(layout));
  return rows;
}

function separatorRow(layout: ProgramLayout): Row {
  const { pdf, flow, style } = layout;
  return {
    height: style.gap * 1.6,
    draw: (y) => {
      const ruleY = y + style.gap * 0.7;
      pdf.save().moveTo(flow.left, ruleY).lineTo(flow.left + flow.width, ruleY).lineWidth(0.4).strokeColor(COLORS.rule).stroke().restore();
    },
  };
}

/** The agenda, each day from a new page. */
export function layoutAgenda(layout: ProgramLayout): AgendaResult {
  const { flow, labels, text } = layout;
  const result: AgendaResult = { entries: [], references: [], ownPages: [] };
  layout.doc.days.forEach((day, i) => {
    flow.newPage();
    const firstPage = flow.pageIndex;
    if (i === 0) {
      result.entries.push({ title: labels.agenda, level: 0, pageIndex: flow.pageIndex });
      flow.place([headingRow(layout, labels.agenda, text.h1)]);
    }
    result.entries.push({ title: day.label, level: 1, pageIndex: flow.pageIndex });
    flow.place([textRow(layout, day.label, text.h2, flow.left, flow.width, layout.style.gap * 0.6)]);
    for (const session of day.sessions) {
      const ownPage = hasOwnPage(session) ? result.ownPages.push(session) - 1 : -1;
      flow.place(sessionRows(layout, session, (at) => result.references.push({ ...at, ownPage })));
    }
    markTopic(layout, firstPage, day.label);
  });
  return result;
}
