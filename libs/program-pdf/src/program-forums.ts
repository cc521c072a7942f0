import { ProgramSession } from './program-document';
import { ContentsEntry } from './program-contents';
import { cancelledStyle, markTopic, ProgramLayout } from './program-layout';
import { headingRow, kindRow, labeledRow, nameColumnWidth, spaceRow, speakerRow, textRow } from './program-rows';

export interface ForumsResult {
  entries: ContentsEntry[];
  /** Page index of each session's own page, in the order given. */
  pages: number[];
}

/**
 * A page per large session (sub-forum): theme, hosts, every speaker with title and part, and the
 * full description. A long speaker list continues on the next page, a speaker never split.
 */
export function layoutForums(layout: ProgramLayout, sessions: ProgramSession[]): ForumsResult {
  const { flow, labels, text, style } = layout;
  const result: ForumsResult = { entries: [], pages: [] };
  const x = flow.left;
  const width = flow.width;
  sessions.forEach((session, i) => {
    flow.newPage();
    const firstPage = flow.pageIndex;
    if (i === 0) {
      result.entries.push({ title: labels.forums, level: 0, pageIndex: flow.pageIndex });
      flow.place([headingRow(layout, labels.forums, text.h1)]);
    }
    result.pages.push(flow.pageIndex);
    result.entries.push({ title: session.title, level: 1, pageIndex: flow.pageIndex });
    const { cancelled } = session;
    const value = cancelledStyle(text.value, cancelled);
    const title = { ...cancelledStyle({ ...text.h2, color: text.h1.color }, cancelled), strike: cancelled };
    flow.place(
      [
        kindRow(layout, session.kindLabel, cancelled, x, width, style.gap * 0.2),
        textRow(layout, session.title, title, x, width, style.gap * 0.5),
        ...(session.theme ? [labeledRow(layout, labels.theme, session.theme, x, width, { ...value, color: text.h2.color })] : []),
        labeledRow(layout, labels.time, session.time, x, width, value),
        ...(session.room ? [labeledRow(layout, labels.room, session.room, x, width, value)] : []),
        ...(session.hosts.length
          ? [labeledRow(layout, labels.hosts, session.hosts.join(labels.listSeparator), x, width, value)]
          : []),
      ],
      style.gap,
    );
    const nameWidth = nameColumnWidth(layout, session.speakers, width - layout.labelColumn);
    session.speakers.forEach((speaker, n) => {
      const row = speakerRow(layout, speaker, n === 0 ? labels.speakers : '', x, width, nameWidth, cancelled);
      flow.place([row, spaceRow(style.gap * 0.35)]);
    });
    const paragraphs = (session.description ?? '').split(/\n\s*\n?/).map((p) => p.trim()).filter(Boolean);
    if (paragraphs.length) flow.skip(style.gap * 0.6);
    for (const paragraph of paragraphs) {
      flow.place([textRow(layout, paragraph, { ...value, lineGap: value.size * 0.25 }, x, width, style.gap * 0.5)]);
    }
    markTopic(layout, firstPage, labels.forums);
  });
  return result;
}
