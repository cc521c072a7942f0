import { fillLabel } from './labels';
import { mapStrings, straightenLatinQuotes } from './latin-quotes';
import { drawRunningHeads } from './page-furniture';
import { pageStyle } from './page-style';
import { createPdf, finishPdf } from './pdf-output';
import { drawLine } from './pdf-text';
import { ProgramDocument } from './program-document';
import { hasOwnPage, layoutAgenda } from './program-agenda';
import { ContentsEntry, fillContents, reserveContents } from './program-contents';
import { layoutCover } from './program-cover';
import { layoutForums } from './program-forums';
import { programLayout } from './program-layout';
import { layoutOrganizations } from './program-organizations';

/** Counted before layout, since the contents pages come before what they list. */
function contentsEntryCount(doc: ProgramDocument): number {
  const sessions = doc.days.flatMap((day) => day.sessions);
  const ownPages = sessions.filter(hasOwnPage).length;
  const organizations = doc.organizationsByRole.some((group) => group.organizations.length > 0) ? 1 : 0;
  const agenda = doc.days.length ? 1 + doc.days.length : 0;
  return organizations + agenda + (ownPages ? 1 + ownPages : 0);
}

/**
 * The printable program: cover, contents, organizations, the agenda day by day, and a page per
 * large session. Pages are buffered so the contents and the agenda's "see page N" can be
 * written once everything is placed.
 */
export async function renderProgram(input: ProgramDocument): Promise<Buffer> {
  const doc = input.lang === 'en' ? mapStrings(input, straightenLatinQuotes) : input;
  const style = pageStyle(doc.size);
  const pdf = createPdf({ style, lang: doc.lang, title: doc.title, subject: doc.theme, issuedAt: doc.issuedAt });
  const layout = programLayout(pdf, doc, style);

  layoutCover(layout);
  const entryCount = contentsEntryCount(doc);
  const contentsPages = entryCount ? reserveContents(layout, entryCount) : [];
  const entries: ContentsEntry[] = [...layoutOrganizations(layout)];
  const agenda = layoutAgenda(layout);
  const forums = layoutForums(layout, agenda.ownPages);
  entries.push(...agenda.entries, ...forums.entries);

  if (contentsPages.length) fillContents(layout, contentsPages, entries);
  for (const reference of agenda.references) {
    const target = forums.pages[reference.ownPage];
    pdf.switchToPage(reference.pageIndex);
    const text = fillLabel(layout.labels.seePage, { n: target + 1 });
    drawLine(pdf, `→ ${text}`, layout.text.kind, reference.x, reference.y, reference.width);
  }
  drawRunningHeads(layout);
  return finishPdf(pdf);
}
