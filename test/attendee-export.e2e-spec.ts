import { Workbook, ValueType, type Cell, type Worksheet } from 'exceljs';
import { DateTime } from 'luxon';
import type { Response } from 'supertest';
import { DEFAULT_PRIVACY_NOTICE_VERSION } from '../src/editions/privacy-notice';
import { ADMIN, ADMIN_ENV, partnerToken, signIn } from './support/accounts';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

/** A zone that is neither UTC, nor Shanghai, nor the test's TZ, with a 45-minute offset no shortcut gets right. */
const ZONE = 'Asia/Kathmandu';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZH_HEADERS = ['参会码', '姓名', '邮箱', '电话', '单位', '职务', '状态', `报名时间（${ZONE}）`, `签到时间（${ZONE}）`, '隐私告知版本', `同意时间（${ZONE}）`, '场次及状态'];

/** RFC 4180: quoted fields with doubled quotes, commas and CRLF inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/**
 * What Excel shows for a CSV field: plain text as it is, and the one kind of formula the export
 * writes, string literals and CHAR(n) joined by &, as its text. Any other formula fails the test.
 */
function shownBySpreadsheet(field: string): string {
  if (!field.startsWith('=')) return field;
  const parts = field.slice(1).match(/"(?:[^"]|"")*"|CHAR\(\d+\)|&/g) ?? [];
  expect(parts.join('')).toBe(field.slice(1));
  return parts
    .filter((p) => p !== '&')
    .map((p) => (p.startsWith('CHAR(') ? String.fromCharCode(Number(p.slice(5, -1))) : p.slice(1, -1).replace(/""/g, '"')))
    .join('');
}

async function readWorkbook(body: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  // exceljs types its Buffer before @types/node made Buffer generic.
  await workbook.xlsx.load(body as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  return workbook;
}

const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('the attendee export (CSV and xlsx)', () => {
  let t: TestApp;
  let organizer: string;
  let f: RegistrationFixture;
  let tiny: number;
  const people: Record<string, { code: string; createdAt: string; consentedAt: string; checkedInAt?: string }> = {};
  const NAMES = {
    // A formula, not a link: a name with a link is refused (test/registration-abuse.e2e-spec.ts).
    formula: '=HYPERLINK("#evil","点我")',
    plus: '+张三',
    plain: '李四',
  };

  // As a Chinese organizer's browser asks (the test client's own default is English).
  const download = (path: string, headers: Record<string, string> = {}) =>
    t.http.get(path).set({ Authorization: `Bearer ${organizer}`, 'Accept-Language': 'zh-CN', ...headers }).buffer(true).parse(binary).expect(200);

  const wallClock = (iso: string) => DateTime.fromISO(iso).setZone(ZONE).toFormat('yyyy-MM-dd HH:mm:ss');

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    organizer = await signIn(t, ADMIN.email, ADMIN.password);
    const api = new ScheduleBuilder(t, organizer);
    f = await publishedEditionWithForum(api, 'integrity', 2036, { timeZone: ZONE });
    tiny = (await api.session(f.edition.id, { title: '闭门研讨会', kind: 'seminar', startsAt: '2036-12-02T19:00', endsAt: '2036-12-02T20:00', capacity: 1 })).session.id;
    await api.post(`/api/editions/${f.edition.id}/releases`, { note: 'v2' });
    const register = async (key: string, body: object) => {
      const res = await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(body).expect(201);
      people[key] = { code: res.body.code, createdAt: res.body.createdAt, consentedAt: res.body.privacyConsentedAt };
    };
    await register('formula', attendee(1, { name: NAMES.formula, phone: '138 0013 8000', organization: '+cmd|calc', sessionIds: [tiny, f.other, f.forum] }));
    await register('plus', attendee(2, { name: NAMES.plus, phone: '+86 139 0013 9000', title: '-处长', sessionIds: [tiny] }));
    await register('plain', attendee(3, { name: NAMES.plain, phone: '13700137000', sessionIds: [f.forum] }));
    const checkIn = await t.http.post(`/api/registrations/${people.plain.code}/check-in`).set('Authorization', `Bearer ${organizer}`).expect(200);
    people.plain.checkedInAt = checkIn.body.checkedInAt;
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('xlsx, read back with exceljs', () => {
    let sheet: Worksheet;
    let res: Response;
    const rowOf = (code: string) => {
      const found = sheet.getColumn(1).values.findIndex((v) => v === code);
      expect(found).toBeGreaterThan(1);
      return sheet.getRow(found);
    };

    beforeAll(async () => {
      res = await download(`/api/editions/${f.edition.id}/registrations.xlsx`);
      sheet = (await readWorkbook(res.body as Buffer)).worksheets[0];
    });

    it('is a workbook download with one sheet, a frozen Chinese header row and widths', () => {
      expect(res.headers['content-type']).toBe(XLSX);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${f.edition.slug}-registrations.xlsx"`);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(sheet.name).toBe('报名名单');
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(ZH_HEADERS);
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      for (let c = 1; c <= ZH_HEADERS.length; c++) expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(10);
      expect(sheet.rowCount).toBe(1 + 3);
    });

    it('keeps names and phones as written, as typed strings: nothing runs, no apostrophe', () => {
      const row = rowOf(people.formula.code);
      const cell = (c: number): Cell => row.getCell(c);
      expect(cell(2).type).toBe(ValueType.String);
      expect(cell(2).value).toBe(NAMES.formula);
      expect(cell(4).value).toBe('138 0013 8000');
      expect(cell(4).type).toBe(ValueType.String);
      expect(cell(5).value).toBe('+cmd|calc');
      expect(cell(5).type).toBe(ValueType.String);
      const plus = rowOf(people.plus.code);
      expect(plus.getCell(2).value).toBe(NAMES.plus);
      expect(plus.getCell(4).value).toBe('+86 139 0013 9000');
      expect(plus.getCell(6).value).toBe('-处长');
      expect(rowOf(people.plain.code).getCell(4).value).toBe('13700137000');
      sheet.eachRow((r) => r.eachCell((c) => {
        expect(c.type).not.toBe(ValueType.Formula);
        if (typeof c.value === 'string') expect(c.value.startsWith("'")).toBe(false);
      }));
    });

    it("gives times as date cells showing the edition's wall clock", () => {
      const plain = rowOf(people.plain.code);
      for (const [column, iso] of [[8, people.plain.createdAt], [9, people.plain.checkedInAt!], [11, people.plain.consentedAt]] as const) {
        const cell = plain.getCell(column);
        expect(cell.type).toBe(ValueType.Date);
        expect(cell.numFmt).toBe('yyyy-mm-dd hh:mm:ss');
        // A spreadsheet date has no zone: its fields (exceljs reads them as UTC) are the wall clock.
        expect(DateTime.fromJSDate(cell.value as Date, { zone: 'utc' }).toFormat('yyyy-MM-dd HH:mm:ss')).toBe(wallClock(iso));
      }
      expect(rowOf(people.formula.code).getCell(9).value).toBeNull();
    });

    it('lists each registration’s sessions in programme order with their statuses', () => {
      expect(rowOf(people.formula.code).getCell(12).value).toBe('平台经济诚信建设分论坛（已确认）；青少年网络保护分论坛（已确认）；闭门研讨会（已确认）');
      expect(rowOf(people.plus.code).getCell(12).value).toBe('闭门研讨会（候补）');
      expect(rowOf(people.plus.code).getCell(10).value).toBe(DEFAULT_PRIVACY_NOTICE_VERSION);
      expect(rowOf(people.plus.code).getCell(7).value).toBe('已确认');
    });

    it('speaks English with Accept-Language: en; ?lang= wins', async () => {
      const english = (await readWorkbook((await download(`/api/editions/${f.edition.id}/registrations.xlsx`, { 'Accept-Language': 'en-GB,en;q=0.9,zh;q=0.5' })).body as Buffer)).worksheets[0];
      expect(english.name).toBe('Registrations');
      expect(english.getRow(1).getCell(1).value).toBe('Code');
      expect(english.getRow(1).getCell(8).value).toBe(`Registered at (${ZONE})`);
      const chinese = await readWorkbook((await download(`/api/editions/${f.edition.id}/registrations.xlsx?lang=zh`, { 'Accept-Language': 'en' })).body as Buffer);
      expect(chinese.worksheets[0].getRow(1).getCell(1).value).toBe('参会码');
    });
  });

  describe('CSV, parsed', () => {
    let res: Response;
    let rows: string[][];
    const rowOf = (code: string) => rows.find((r) => r[0] === code)!;

    beforeAll(async () => {
      res = await download(`/api/editions/${f.edition.id}/registrations.csv`);
      const body = res.body as Buffer;
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      rows = parseCsv(body.subarray(3).toString('utf8'));
    });

    it('is UTF-8 with a BOM and Chinese headers, one row per registration', () => {
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${f.edition.slug}-registrations.csv"`);
      expect(rows[0]).toEqual(ZH_HEADERS);
      expect(rows).toHaveLength(4);
      for (const row of rows) expect(row).toHaveLength(ZH_HEADERS.length);
    });

    it('shows names and phones as written in a spreadsheet, runs nothing, and has no apostrophes', () => {
      const formula = rowOf(people.formula.code);
      expect(formula[1]).not.toBe(NAMES.formula); // as raw text it would run
      expect(shownBySpreadsheet(formula[1])).toBe(NAMES.formula);
      expect(shownBySpreadsheet(formula[3])).toBe('138 0013 8000');
      expect(shownBySpreadsheet(formula[4])).toBe('+cmd|calc');
      const plus = rowOf(people.plus.code);
      expect(shownBySpreadsheet(plus[1])).toBe(NAMES.plus);
      expect(shownBySpreadsheet(plus[3])).toBe('+86 139 0013 9000');
      expect(shownBySpreadsheet(plus[5])).toBe('-处长');
      const plain = rowOf(people.plain.code);
      expect(plain[1]).toBe(NAMES.plain);
      expect(shownBySpreadsheet(plain[3])).toBe('13700137000');
      expect(plain[3]).toBe('="13700137000"'); // as a bare number Excel would show 1.37E+10
      for (const row of rows) for (const field of row) expect(field.startsWith("'")).toBe(false);
    });

    it("gives times as the edition's wall clock", () => {
      const plain = rowOf(people.plain.code);
      expect(plain[7]).toBe(wallClock(people.plain.createdAt));
      expect(plain[8]).toBe(wallClock(people.plain.checkedInAt!));
      expect(plain[9]).toBe(DEFAULT_PRIVACY_NOTICE_VERSION);
      expect(plain[10]).toBe(wallClock(people.plain.consentedAt));
      expect(plain[11]).toBe('平台经济诚信建设分论坛（已确认）');
    });

    it('speaks English with Accept-Language: en', async () => {
      const english = parseCsv((await download(`/api/editions/${f.edition.id}/registrations.csv`, { 'Accept-Language': 'en' })).body.subarray(3).toString('utf8'));
      expect(english[0][0]).toBe('Code');
      expect(english[0][7]).toBe(`Registered at (${ZONE})`);
      expect(english.find((r) => r[0] === people.plus.code)![6]).toBe('Confirmed');
    });
  });

  it('is for organizers only, by id or slug', async () => {
    const [cfis] = (await t.http.get(`/api/organizations?q=${encodeURIComponent('中网联')}`)).body;
    const partner = await partnerToken(t, organizer, cfis.id);
    for (const format of ['csv', 'xlsx']) {
      await t.http.get(`/api/editions/${f.edition.id}/registrations.${format}`).expect(401);
      await t.http.get(`/api/editions/${f.edition.id}/registrations.${format}`).set('Authorization', `Bearer ${partner}`).expect(403);
    }
    await t.http.get(`/api/editions/999999/registrations.xlsx`).set('Authorization', `Bearer ${organizer}`).expect(404);
    await download(`/api/editions/${f.edition.slug}/registrations.xlsx`);
  });

  it('documents both formats in OpenAPI', async () => {
    const paths = (await t.http.get('/api/docs-json').expect(200)).body.paths;
    expect(Object.keys(paths['/api/editions/{id}/registrations.csv'].get.responses['200'].content)).toEqual(['text/csv']);
    expect(Object.keys(paths['/api/editions/{id}/registrations.xlsx'].get.responses['200'].content)).toEqual([XLSX]);
    expect(paths['/api/editions/{id}/registrations.xlsx'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['lang', 'Accept-Language']));
  });
});
