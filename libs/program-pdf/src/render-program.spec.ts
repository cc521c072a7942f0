import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMissingGlyphs } from './cjk-fonts';
import { hasOwnPage } from './program-agenda';
import { ProgramDocument } from './program-document';
import { renderProgram } from './render-program';
import { pageTexts, pdfFonts, pdfInfo, squash } from './testing/pdf-tools';
import { CANCELLED_TITLE, LONG_TITLE, largeProgram, sampleProgram, sampleProgramEn } from './testing/sample-program';

/** Where a human can look at the last rendering (the tests also write PNGs of the first pages). */
const PREVIEW_DIR = '/tmp/program-pdf-preview';

function preview(name: string, pdf: Buffer, lastPage: number): void {
  mkdirSync(PREVIEW_DIR, { recursive: true });
  const file = join(PREVIEW_DIR, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', String(lastPage), file, join(PREVIEW_DIR, name)]);
}

function allSessions(doc: ProgramDocument) {
  return doc.days.flatMap((day) => day.sessions);
}

/** Contents lines: a title, spaces, a page number (the dot leader is drawn, not text). */
function contentsEntries(contentsPage: string): { title: string; page: number }[] {
  return contentsPage
    .split('\n')
    .map((line) => /^\s*(.+?)\s{2,}(\d+)\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ title: m[1].trim(), page: Number(m[2]) }));
}

/** Everything a program must show, whatever its language or size. */
function expectCompleteProgram(doc: ProgramDocument, pages: string[]): void {
  const { labels } = doc;
  const body = pages.slice(1);

  // Every session title appears, long ones wrapped but whole.
  const text = squash(pages.join('\n'));
  for (const session of allSessions(doc)) expect(text).toContain(squash(session.title));

  // Contents: each entry's page number leads to a page showing that heading.
  const contents = pages.findIndex((page) => page.includes(labels.contents));
  expect(contents).toBe(1);
  const entries = contentsEntries(pages[contents]);
  const expectedTitles = [labels.organizations, labels.agenda, ...doc.days.map((d) => d.label), labels.forums];
  for (const title of expectedTitles) expect(entries.map((e) => e.title)).toContain(title);
  for (const entry of entries) {
    const target = pages[entry.page - 1];
    const heading = entry.title.replace(/…$/, '');
    expect(squash(target)).toContain(squash(heading));
  }
  // Own pages of large sessions are listed too, and the agenda points to them.
  const ownPages = allSessions(doc).filter(hasOwnPage);
  expect(entries.length).toBe(expectedTitles.length + ownPages.length);
  const seePage = new RegExp(labels.seePage.replace(/\s+/g, '\\s*').replace('{n}', '(\\d+)'), 'g');
  const references = [...pages.join('\n').matchAll(seePage)].map((m) => Number(m[1]));
  expect(references).toHaveLength(ownPages.length);
  references.forEach((page, i) => expect(squash(pages[page - 1])).toContain(squash(ownPages[i].title)));

  // Footer on every page but the cover: release line and this page's number; no empty page.
  const release = labels.version.replace('{version}', String(doc.release!.version)).replace('{date}', doc.release!.publishedAt);
  body.forEach((page, i) => {
    expect(squash(page)).toContain(squash(release));
    expect(squash(page)).toContain(squash(labels.page.replace('{n}', String(i + 2))));
    const lines = page.split('\n').filter((line) => line.trim());
    // Running head, footer and at least one line of content.
    expect(lines.length).toBeGreaterThan(i === 0 ? 3 : 2);
  });
  expect(pages[0]).not.toContain(labels.page.replace('{n}', '1'));
}

describe('renderProgram', () => {
  let zh: Buffer;
  let zhPages: string[];
  const doc = sampleProgram();

  beforeAll(async () => {
    zh = await renderProgram(doc);
    zhPages = pageTexts(zh);
  });

  it('lays out a Chinese A4 program completely', () => {
    expect(zh.subarray(0, 5).toString()).toBe('%PDF-');
    expectCompleteProgram(doc, zhPages);
    preview('program-zh-a4', zh, 4);
  });

  it('prints the cover: brand, title, theme, dates and place', () => {
    const cover = squash(zhPages[0]);
    for (const part of [doc.brandName, doc.title, '网聚诚信力量 共创信用中国', doc.dates, doc.city!, doc.venue!, '第 3 版 · 2019年11月28日']) {
      expect(cover).toContain(squash(part));
    }
  });

  it('lists every organization under its role, roles in the given order', () => {
    const page = zhPages.find((text) => text.includes('组织机构') && text.includes('指导单位'))!;
    const at = (name: string) => page.indexOf(name);
    const groups = doc.organizationsByRole;
    groups.forEach((group, g) => {
      const start = at(group.label);
      const end = g + 1 < groups.length ? at(groups[g + 1].label) : page.length;
      expect(start).toBeGreaterThanOrEqual(0);
      for (const organization of group.organizations) {
        expect(at(organization.name)).toBeGreaterThan(start);
        expect(at(organization.name)).toBeLessThan(end);
        if (organization.tier) expect(page).toContain(organization.tier);
      }
    });
    expect(page).toContain('中国网络社会组织联合会');
    expect(page).toContain('陕西省网信办');
  });

  it('marks the cancelled session, and only that one', () => {
    const marked = zhPages.filter((page) => page.includes('已取消'));
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatch(/边会\s+已取消/);
    expect(squash(marked[0])).toContain(CANCELLED_TITLE);
  });

  it('keeps each agenda entry on one page', () => {
    // The page with a session's title also has its hosts and speakers (when listed there).
    for (const session of allSessions(doc).filter((s) => !hasOwnPage(s))) {
      const page = zhPages.slice(3).find((text) => squash(text).includes(squash(session.title)))!;
      for (const person of [...session.hosts, ...session.speakers.map((s) => s.name)]) {
        expect(squash(page)).toContain(squash(person));
      }
    }
    // The wrapped long title is whole on the agenda page and on its own page.
    expect(zhPages.filter((page) => squash(page).includes(squash(LONG_TITLE)))).toHaveLength(2);
  });

  it('draws everything with the embedded, subset Noto Sans Hans, rare characters included', () => {
    const fonts = pdfFonts(zh);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansHans-Bold', 'NotoSansHans-Regular']);
    for (const font of fonts) {
      expect(font).toMatchObject({ type: 'CID Type 0C', emb: 'yes', sub: 'yes', uni: 'yes' });
    }
    expect(zhPages.join('')).toContain('郭全啟');
    // Extraction maps codes back through ToUnicode even for an empty glyph, so ask the font too.
    expect(findMissingGlyphs(JSON.stringify(doc))).toEqual([]);
    expect(findMissingGlyphs('郭全啟 𠀀')).toEqual(['𠀀']);
  });

  it('sets the document info and renders the same bytes for the same input', async () => {
    const info = pdfInfo(zh);
    expect(info).toMatchObject({ Title: doc.title, Author: 'Huiwu', Creator: 'Huiwu', 'Page size': expect.stringContaining('A4') });
    expect((await renderProgram(sampleProgram())).equals(zh)).toBe(true);
  });

  it('prints English labels for an English program', async () => {
    const en = sampleProgramEn();
    const pdf = await renderProgram(en);
    const pages = pageTexts(pdf);
    expectCompleteProgram(en, pages);
    const text = pages.join('\n');
    for (const word of ['Contents', 'Organizations', 'Agenda', 'Forums', 'Speakers', 'Hosts', 'Room', 'Version 3, November 28, 2019', 'Page 4', 'See page']) {
      expect(text).toContain(word);
    }
    expect(text).not.toContain('目录');
    // The CJK font's full-width apostrophe would leave a gap in Xi'an.
    expect(text).toContain("Xi'an Qujiang");
    preview('program-en-a4', pdf, 3);
  });

  it('lays out an A5 program', async () => {
    const a5 = sampleProgram({ size: 'A5' });
    const pdf = await renderProgram(a5);
    expect(pdfInfo(pdf)['Page size']).toBe('419.53 x 595.28 pts');
    const pages = pageTexts(pdf);
    expectCompleteProgram(a5, pages);
    preview('program-zh-a5', pdf, 4);
  });

  it('prints a draft without organizations', async () => {
    const draft = sampleProgram({ release: null, organizationsByRole: [], days: [{ label: '12月2日 星期一', sessions: doc.days[0].sessions.slice(0, 2) }] });
    const pages = pageTexts(await renderProgram(draft));
    expect(pages).toHaveLength(3);
    expect(pages[1]).toContain('目录');
    expect(pages[1]).not.toContain('组织机构');
    expect(pages[2]).toContain('2019中国网络诚信大会开幕式');
    for (const page of pages) expect(page).toContain('草稿');
  });

  it('renders a program of 300 sessions and 500 speakers', async () => {
    const large = largeProgram(300, 500);
    const started = process.hrtime.bigint();
    const pdf = await renderProgram(large);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const pages = pageTexts(pdf);
    console.log(`300 sessions, 500 speakers: ${ms.toFixed(0)} ms, ${(pdf.length / 1024).toFixed(0)} KiB, ${pages.length} pages`);
    expectCompleteProgram(large, pages);
  });
});
