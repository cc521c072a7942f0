import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageTexts, pdfFonts, squash } from '@huiwu/program-pdf/testing/pdf-tools';
import { arrangeSeating, renderSeatingChart } from './index';

const NAMES = '甲乙丙丁戊己庚辛壬';
const GUESTS = [...NAMES].map((ch, i) => ({ id: i + 1, rank: i, name: `${ch}嘉宾`, title: `职务${i + 1}`, organization: '中国网络社会组织联合会' }));

async function chart(rows: number[], convention: 'chinese' | 'international') {
  const plan = arrangeSeating({ people: GUESTS, rows, convention });
  return renderSeatingChart({
    title: '平台经济诚信建设分论坛',
    subtitle: '2036中国网络诚信大会 · 12月1日 14:00 · 主会场',
    convention,
    rows: plan.rows.map((row) => row.map((seat) => ({ seat: seat.seat, precedence: seat.precedence, name: seat.person?.name ?? null, title: seat.person?.title, organization: seat.person?.organization }))),
    issuedAt: new Date('2036-11-01T00:00:00Z'),
  });
}

describe('seating chart PDF', () => {
  it('lists nine guests of distinct ranks seat by seat in the documented order (Chinese: 9 7 5 3 1 2 4 6 8 from the audience’s left)', async () => {
    const pdf = await chart([9], 'chinese');
    const [drawing, list] = pageTexts(pdf);
    expect(squash(drawing).replace(/\s/g, '')).toContain('主席台');
    expect(drawing).toContain('中方惯例（左为上）');
    const seats = list.split('\n').filter((line) => line.includes('排第'));
    expect(seats.map((line) => /第1排第(\d)座（(\d)号位）\s+(\S+)/.exec(line)!.slice(1).join(' '))).toEqual([
      '1 9 壬嘉宾',
      '2 7 庚嘉宾',
      '3 5 戊嘉宾',
      '4 3 丙嘉宾',
      '5 1 甲嘉宾',
      '6 2 乙嘉宾',
      '7 4 丁嘉宾',
      '8 6 己嘉宾',
      '9 8 辛嘉宾',
    ]);
    // Every font embedded (subset): the chart prints the same anywhere.
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => font.emb !== 'yes' || font.sub !== 'yes')).toEqual([]);
  });

  it('international and several rows, mirrored and row by row; empty seats say so', async () => {
    const pdf = await chart([5, 5], 'international');
    const list = pageTexts(pdf)[1];
    const names = list.split('\n').filter((line) => line.includes('排第')).map((line) => /（(\d+)号位）\s+(\S+)/.exec(line)!.slice(1).join(':'));
    expect(names).toEqual(['4:丁嘉宾', '2:乙嘉宾', '1:甲嘉宾', '3:丙嘉宾', '5:戊嘉宾', '9:壬嘉宾', '7:庚嘉宾', '6:己嘉宾', '8:辛嘉宾', '10:（空）']);
    expect(pageTexts(pdf)[0]).toContain('国际惯例（右为上）');
  });

  it('renders to an image a person can check (test/artifacts/seating-chart.png)', async () => {
    const pdf = await chart([9, 7], 'chinese');
    const dir = join(__dirname, '..', '..', '..', 'test', 'artifacts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'seating-chart.pdf'), pdf);
    const run = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(dir, 'seating-chart.pdf'), join(dir, 'seating-chart')]);
    expect(run.status).toBe(0);
  });
});
