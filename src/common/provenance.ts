/**
 * Where a seeded fact comes from, as stored in the `source` columns (brand, organization,
 * organization_relation, edition, session): one line per citation, `<document file>: <sentence>`,
 * the sentence exactly as the document has it (traditional script and inserted pinyin included),
 * so that it can be found again in the document. Lines starting with NOTE_PREFIX are the
 * organizer's notes about a reading (which of two tiers was kept), never a quotation.
 */

export interface Citation {
  /** File name in the seed documents, e.g. 000_7401ad9edb3da1ac.txt. */
  document: string;
  /** A verbatim substring of that document. */
  quote: string;
}

export const NOTE_PREFIX = '整理说明：';

const CITATION_LINE = /^(\d{3}_[0-9a-f]{16}\.txt): (.+)$/;

export function formatProvenance(citations: readonly Citation[], notes: readonly string[] = []): string {
  for (const { quote } of citations) {
    if (quote.includes('\n')) throw new Error(`A quotation must be one line: ${quote}`);
  }
  return [...citations.map((c) => `${c.document}: ${c.quote}`), ...notes.map((n) => `${NOTE_PREFIX}${n}`)].join('\n');
}

/** The citations and notes of a stored source; a line that is neither is returned in `unreadable`. */
export function parseProvenance(text: string | null): { citations: Citation[]; notes: string[]; unreadable: string[] } {
  const citations: Citation[] = [];
  const notes: string[] = [];
  const unreadable: string[] = [];
  for (const line of (text ?? '').split('\n')) {
    if (line === '') continue;
    const match = CITATION_LINE.exec(line);
    if (match) citations.push({ document: match[1], quote: match[2] });
    else if (line.startsWith(NOTE_PREFIX)) notes.push(line.slice(NOTE_PREFIX.length));
    else unreadable.push(line);
  }
  return { citations, notes, unreadable };
}
