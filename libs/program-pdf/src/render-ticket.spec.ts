import { TICKET_LABELS } from './labels';
import { renderTicket } from './render-ticket';
import { encodeQr } from './ticket-qr';
import { inflatedStreams, pageTexts, pdfFonts, pdfInfo, squash } from './testing/pdf-tools';
import { LONG_TITLE, sampleTicket } from './testing/sample-program';

/**
 * Reads the QR code back from the page's drawing operators: after the `s 0 0 s 0 0 cm` that
 * scales one module to one unit, each `x y w 1 re` is a run of dark modules.
 */
function drawnQrModules(pdf: Buffer): boolean[][] {
  const content = inflatedStreams(pdf).find((stream) => / 1 re\n/.test(stream))!;
  const lines = content.split('\n');
  const start = lines.findIndex((line) => /^([\d.]+) 0 0 \1 0 0 cm$/.test(line));
  const runs: number[][] = [];
  for (const line of lines.slice(start + 1)) {
    const m = /^(\d+) (\d+) (\d+) 1 re$/.exec(line);
    if (!m) break;
    runs.push([Number(m[1]), Number(m[2]), Number(m[3])]);
  }
  const size = Math.max(...runs.map(([x, , w]) => x + w));
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [x, y, w] of runs) for (let i = x; i < x + w; i++) grid[y][i] = true;
  return grid;
}

describe('renderTicket', () => {
  it('prints edition, attendee, code and sessions on one A6 page', async () => {
    const doc = sampleTicket();
    const pdf = await renderTicket(doc);
    const pages = pageTexts(pdf);
    expect(pages).toHaveLength(1);
    expect(pdfInfo(pdf)['Page size']).toBe('297.64 x 419.53 pts');
    const text = pages[0];
    expect(text).toMatch(/^\s*HW7K-2Q9M\s*$/m);
    for (const part of [doc.editionTitle, doc.attendeeName, doc.dates, doc.venue!, '参会码', '我的日程', '已取消']) {
      expect(squash(text)).toContain(squash(part));
    }
    for (const session of doc.sessions) expect(squash(text)).toContain(squash(session.time));
    // Long titles are cut to two lines on a ticket.
    expect(squash(text)).not.toContain(squash(LONG_TITLE));
    expect(squash(text)).toContain(squash(LONG_TITLE).slice(0, 30));
    for (const font of pdfFonts(pdf)) expect(font).toMatchObject({ emb: 'yes', sub: 'yes' });
  });

  it('draws a QR code of the check-in URL as vector modules', async () => {
    const doc = sampleTicket();
    const drawn = drawnQrModules(await renderTicket(doc));
    const { modules } = encodeQr(doc.ticketUrl);
    const expected = Array.from({ length: modules.size }, (_, row) =>
      Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1),
    );
    expect(drawn).toEqual(expected);
    // Finder patterns in three corners: the shape scanners look for first.
    expect(drawn[0].slice(0, 7).every(Boolean)).toBe(true);
    expect(drawn[0].slice(-7).every(Boolean)).toBe(true);
    expect(drawn[modules.size - 1].slice(0, 7).every(Boolean)).toBe(true);
  });

  it('summarises the sessions that do not fit', async () => {
    const doc = sampleTicket();
    doc.sessions = Array.from({ length: 12 }, (_, i) => ({ ...doc.sessions[0], title: `第${i + 1}场 研讨会` }));
    const text = pageTexts(await renderTicket(doc));
    expect(text).toHaveLength(1);
    const shown = doc.sessions.filter((s) => text[0].includes(s.title)).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(12);
    expect(text[0]).toContain(`另有 ${12 - shown} 场`);
  });

  it('prints English labels and fits A5', async () => {
    const doc = sampleTicket({ lang: 'en', size: 'A5', labels: TICKET_LABELS.en, attendeeName: 'Anna Müller' });
    const pdf = await renderTicket(doc);
    expect(pdfInfo(pdf)['Page size']).toBe('419.53 x 595.28 pts');
    const text = pageTexts(pdf)[0];
    for (const part of ['Admission', 'Code', 'My sessions', 'Anna Müller', 'HW7K-2Q9M']) expect(text).toContain(part);
  });
});

describe('renderTicket with oversized text', () => {
  it('still fits one page', async () => {
    const long = '网络诚信'.repeat(60);
    const doc = sampleTicket({ editionTitle: long, attendeeName: long, venue: long, code: 'HW7K-2Q9M' });
    doc.sessions = doc.sessions.map((session) => ({ ...session, time: long, room: long }));
    const pages = pageTexts(await renderTicket(doc));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('HW7K-2Q9M');
  });
});
