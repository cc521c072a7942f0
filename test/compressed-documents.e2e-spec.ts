import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

/**
 * A phone on a mobile network gets the published documents compressed: brotli or gzip as its
 * Accept-Encoding asks, the same bytes once decompressed, a validator per representation, and a
 * client that asks for nothing still gets the plain document. Fastify's inject is used so that
 * no HTTP client decompresses on the test's behalf.
 */
describe('compressed published documents', () => {
  let t: TestApp;
  let f: RegistrationFixture;

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    const api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    f = await publishedEditionWithForum(api);
    // Enough sessions that every document is worth compressing.
    for (let i = 0; i < 30; i++) {
      const hour = String(8 + (i % 10)).padStart(2, '0');
      await api.session(f.edition.id, { title: `网络诚信建设研讨会第${i + 1}场`, kind: 'seminar', startsAt: `2036-12-0${1 + (i % 2)}T${hour}:00`, endsAt: `2036-12-0${1 + (i % 2)}T${hour}:30` });
    }
    await api.post(`/api/editions/${f.edition.id}/releases`, { note: 'v2' });
  });
  afterAll(async () => {
    await t?.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) => t.app.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers });
  const documents = () => [`/api/editions/${f.edition.slug}/program`, `/api/editions/${f.edition.slug}/calendar.ics`, `/api/editions/${f.edition.slug}/schedule.json`, `/api/editions/${f.edition.slug}/schedule.xml`];

  it.each([
    ['br', 'gzip, deflate, br', brotliDecompressSync],
    ['gzip', 'gzip, deflate', gunzipSync],
    ['gzip', 'br;q=0, gzip', gunzipSync],
    ['gzip', 'gzip;q=1, br;q=0.5', gunzipSync],
  ] as const)('sends %s for Accept-Encoding "%s", the same document once decompressed', async (coding, header, decompress) => {
    for (const url of documents()) {
      const plain = await get(url);
      expect(plain.statusCode).toBe(200);
      const coded = await get(url, { 'accept-encoding': header });
      expect({ url, status: coded.statusCode, coding: coded.headers['content-encoding'], vary: coded.headers.vary }).toEqual({ url, status: 200, coding, vary: 'Accept-Encoding' });
      expect(decompress(coded.rawPayload).equals(plain.rawPayload)).toBe(true);
      expect(coded.headers.etag).not.toBe(plain.headers.etag);
      expect(Number(coded.headers['content-length'])).toBe(coded.rawPayload.length);
    }
  });

  it('sends the program JSON in a fraction of its bytes', async () => {
    const url = `/api/editions/${f.edition.slug}/program`;
    const plain = await get(url);
    const br = await get(url, { 'accept-encoding': 'br' });
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length * 0.25);
  });

  it.each([[''], ['identity'], ['deflate'], ['br;q=0, gzip;q=0'], ['compress']])('sends the plain document for Accept-Encoding "%s"', async (header) => {
    for (const url of documents()) {
      const response = await get(url, header ? { 'accept-encoding': header } : {});
      expect({ url, status: response.statusCode, coding: response.headers['content-encoding'], vary: response.headers.vary }).toEqual({ url, status: 200, coding: undefined, vary: 'Accept-Encoding' });
    }
  });

  it('answers 304 to the validator of the representation the client holds, and not to another one', async () => {
    const url = `/api/editions/${f.edition.slug}/program`;
    const br = await get(url, { 'accept-encoding': 'br' });
    const plain = await get(url);
    expect((await get(url, { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) })).statusCode).toBe(304);
    expect((await get(url, { 'if-none-match': String(plain.headers.etag) })).statusCode).toBe(304);
    // A cache holding the brotli bytes must not be told they are the gzip ones, nor the plain ones.
    expect((await get(url, { 'accept-encoding': 'gzip', 'if-none-match': String(br.headers.etag) })).statusCode).toBe(200);
    expect((await get(url, { 'if-none-match': String(br.headers.etag) })).statusCode).toBe(200);
  });

  it('sends the printed program compressed too: its embedded font subsets are not', async () => {
    const url = `/api/editions/${f.edition.slug}/program.pdf`;
    const plain = await get(url);
    const br = await get(url, { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    const pdf = brotliDecompressSync(br.rawPayload);
    expect(pdf.equals(plain.rawPayload)).toBe(true);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length * 0.9);
  });

  it('sends a new release compressed in its new content, never the old one', async () => {
    const url = `/api/editions/${f.edition.slug}/program`;
    const api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    await api.session(f.edition.id, { title: '新增的压缩测试论坛', kind: 'seminar', startsAt: '2036-12-02T19:00', endsAt: '2036-12-02T20:00' });
    await api.post(`/api/editions/${f.edition.id}/releases`, { note: 'v3' });
    const br = await get(url, { 'accept-encoding': 'br' });
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toContain('新增的压缩测试论坛');
  });
});
