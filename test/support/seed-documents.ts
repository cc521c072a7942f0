import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProvenance } from '../../src/common/provenance';

/** The documents the seed was made from, read as they are on disk (../shared/seed-documents). */
export const SEED_DOCUMENTS_DIR = join(__dirname, '..', '..', '..', 'shared', 'seed-documents');

const cache = new Map<string, string>();
export function seedDocument(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(SEED_DOCUMENTS_DIR, name), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/**
 * What is wrong with a stored source: no citation at all, a line that is neither a citation nor a
 * note, a document that does not exist, or a quotation that is not, character for character, in
 * the document it names. [] when every quotation is found.
 */
export function provenanceProblems(what: string, source: string | null, read: (name: string) => string = seedDocument): string[] {
  const { citations, unreadable } = parseProvenance(source);
  const problems = unreadable.map((line) => `${what}: unreadable source line ${line}`);
  if (citations.length === 0) problems.push(`${what}: cites nothing`);
  for (const { document, quote } of citations) {
    let text: string;
    try {
      text = read(document);
    } catch {
      problems.push(`${what}: no document ${document}`);
      continue;
    }
    if (!text.includes(quote)) problems.push(`${what}: not in ${document}: ${quote}`);
  }
  return problems;
}

/** Pinyin readings the conversion inserted after characters of document 001: 網(wǎng). */
const INSERTED_PINYIN = /\([a-zü\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc]+\)/g;

/** Traditional → simplified for the characters of the names document 001 gives. */
const SIMPLIFIED: Record<string, string> = {
  網: '网', 絡: '络', 協: '协', 會: '会', 寧: '宁', 計: '计', 機: '机', 學: '学', 溫: '温', 聯: '联',
  誼: '谊', 紹: '绍', 興: '兴', 華: '华', 臺: '台', 麗: '丽', 電: '电', 務: '务', 發: '发', 進: '进',
  國: '国', 屆: '届', 為: '为', 業: '业', 單: '单', 辦: '办',
};

/** Document 001 as plain simplified text: readings removed, the names' characters simplified. */
export function simplifiedReading(text: string): string {
  return [...text.replace(INSERTED_PINYIN, '')].map((ch) => SIMPLIFIED[ch] ?? ch).join('');
}
