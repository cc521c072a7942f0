import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageTexts, pdfFonts, squash } from '@huiwu/program-pdf/testing/pdf-tools';
import { renderBadges, renderNameCards } from './index';

const ARTIFACTS = join(__dirname, '..', '..', '..', 'test', 'artifacts');

/** The first page as a PNG kept for people to look at (pdftoppm), and the QR codes zbarimg reads on it. */
function renderPage(pdf: Buffer, name: string, page = 1): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'badges-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const ppm = spawnSync('pdftoppm', ['-r', '110', '-f', String(page), '-l', String(page), '-png', '-singlefile', join(dir, 'in.pdf'), join(dir, 'page')]);
    if (ppm.status !== 0) throw new Error(`pdftoppm failed: ${String(ppm.stderr)}`);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, `${name}.png`), readFileSync(join(dir, 'page.png')));
    const zbar = spawnSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', join(dir, 'page.png')], { encoding: 'utf8' });
    if (zbar.error) throw new Error('zbarimg is missing: apt-get install zbar-tools');
    return zbar.stdout.split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PEOPLE = [
  { name: '赵晖', organization: '中国网络社会组织联合会', title: '秘书长' },
  { name: '欧阳明轩', organization: '陕西省互联网信息办公室', title: '处长' },
  { name: 'Alexandra Montgomery-Smith', organization: 'Internet Society of China', title: null },
  { name: '李娜', organization: null, title: null },
];

describe('badges and name cards', () => {
  it('prints every name on credit-card sheets, ten to a page, with the fonts embedded as subsets and readable QR codes', async () => {
    const badges = Array.from({ length: 12 }, (_, i) => ({
      ...PEOPLE[i % PEOPLE.length],
      name: `${PEOPLE[i % PEOPLE.length].name}${i >= PEOPLE.length ? i : ''}`,
      tier: i % 2 ? '代表证' : '嘉宾证',
      tierColor: i % 2 ? '#1f5fbf' : '#c0392b',
      qr: `https://huiwu.example/t/CODE-${i}`,
      code: `CODE-${i}`,
    }));
    const pdf = await renderBadges({ format: 'card', event: '2036中国网络诚信大会', badges, issuedAt: new Date('2036-01-01T00:00:00Z') });
    const pages = pageTexts(pdf);
    expect(pages).toHaveLength(2);
    const text = squash(pages.join(''));
    for (const badge of badges) expect(text).toContain(squash(badge.name));
    expect(text).toContain('嘉宾证');
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect([font.emb, font.sub]).toEqual(['yes', 'yes']);
    const codes = renderPage(pdf, 'badges-card');
    expect(codes.sort()).toEqual(badges.slice(0, 10).map((b) => b.qr).sort());
  });

  it('prints A6 badges two to a landscape sheet', async () => {
    const badges = PEOPLE.map((person, i) => ({ ...person, tier: ['嘉宾证', '代表证', '媒体证', '工作证'][i], tierColor: ['#c0392b', '#1f5fbf', '#1e8449', '#f1c40f'][i], qr: `https://huiwu.example/t/A6-${i}` }));
    const pdf = await renderBadges({ format: 'a6', event: '2036中国网络诚信大会', badges });
    const pages = pageTexts(pdf);
    expect(pages).toHaveLength(2);
    for (const person of PEOPLE) expect(squash(pages.join(''))).toContain(squash(person.name));
    expect(renderPage(pdf, 'badges-a6').sort()).toEqual(['https://huiwu.example/t/A6-0', 'https://huiwu.example/t/A6-1']);
  });

  it('prints folded name cards with the name both ways up', async () => {
    const pdf = await renderNameCards({ cards: PEOPLE, event: '平台经济诚信建设分论坛' });
    const pages = pageTexts(pdf);
    expect(pages).toHaveLength(PEOPLE.length);
    pages.forEach((page, i) => {
      // Twice per page: once upright, once turned over for the other side of the table.
      const name = squash(PEOPLE[i].name);
      expect(squash(page).split(name).length - 1).toBe(2);
    });
    for (const font of pdfFonts(pdf)) expect([font.emb, font.sub]).toEqual(['yes', 'yes']);
    renderPage(pdf, 'name-card');
  });
});
